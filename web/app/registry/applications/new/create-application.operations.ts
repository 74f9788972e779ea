import { graphql } from '@/gql';

export const MunicipalitiesQuery = graphql(`
  query RegistryMunicipalities {
    municipalities {
      id
      name
    }
  }
`);

export const CertificateGroupsQuery = graphql(`
  query RegistryCertificateGroups($municipalityId: ID!) {
    certificateGroups(municipalityId: $municipalityId) {
      id
      name
      minAge
      maxAge
      blocked
    }
  }
`);

export const CreateApplicationMutation = graphql(`
  mutation CreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      navigatorLogin
      navigatorPassword
      application {
        id
        number
        kind
        status
        statusName
      }
    }
  }
`);
