import { graphql } from '@/gql';

export const IssueCertificateMutation = graphql(`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      navigatorLogin
      navigatorPassword
      certificate {
        id
        number
      }
    }
  }
`);
