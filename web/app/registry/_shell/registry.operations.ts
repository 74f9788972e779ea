import { graphql } from '@/gql';

export const RegistryMeQuery = graphql(`
  query RegistryMe {
    me {
      id
      fullName
      role
      registryActions
      canViewPersonalData
      canConfirmApplications
      organization {
        id
        name
      }
      municipality {
        id
        name
      }
    }
  }
`);
