import { graphql } from '@/gql';

export const CabinetChildFields = graphql(`
  fragment CabinetChild on Child {
    id
    surname
    name
    patronymic
    birthDate
    age
    municipality {
      id
      name
    }
    documents {
      id
      type
      typeName
      series
      number
      issueDate
      issuedBy
      hasScan
    }
    application {
      id
      number
      status
      allowedActions
      createdAt
      email
      emailConfirmedAt
      refusalReason
      certificate {
        id
      }
    }
    certificate {
      id
      number
      status
      statusName
      createdAt
      navigatorLogin
      group {
        id
        name
      }
      document {
        id
        typeName
        series
        number
      }
      application {
        id
        number
        status
        statusName
        formUrl
        documentsToBring
      }
      municipality {
        id
        name
        receptionOrganizations {
          id
          name
          address
          room
          phones
          workingHours
        }
      }
    }
    eligibleCertificateGroups {
      id
      name
    }
  }
`);

/** Everything the citizen's pages show comes from this one query, shared through the cache. */
export const CabinetChildrenQuery = graphql(`
  query CabinetChildren {
    me {
      id
      children {
        ...CabinetChild
      }
    }
  }
`);
