import { graphql } from '@/gql';

export const RegisterRowFields = graphql(`
  fragment RegisterRow on Application {
    id
    number
    kind
    status
    statusName
    direction
    createdAt
    child {
      id
      surname
      name
      patronymic
      birthDate
    }
    document {
      id
      typeName
      series
      number
    }
    certificate {
      id
      number
    }
  }
`);

export const ApplicationRegisterQuery = graphql(`
  query ApplicationRegister(
    $tab: ApplicationRegisterTab!
    $search: ApplicationSearchInput
    $first: Int!
    $after: String
  ) {
    applicationRegister(tab: $tab, search: $search, first: $first, after: $after) {
      totalCount
      nextCursor
      applications {
        ...RegisterRow
      }
      liveCertificatesInRegion {
        number
        municipalityName
      }
    }
  }
`);
