import { graphql } from '@/gql';

export const ConfirmEmailMutation = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token) {
      applicationNumber
      application {
        id
      }
    }
  }
`);
