import { graphql } from '@/gql';

export const RegistryMeQuery = graphql(`
  query RegistryMe {
    me {
      id
      fullName
      role
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
