import { graphql } from '@/gql';

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($childId: ID!, $email: String!) {
    submitApplication(childId: $childId, email: $email) {
      id
      number
      status
      createdAt
      email
    }
  }
`);

export const ResendConfirmationEmailMutation = graphql(`
  mutation ResendConfirmationEmail($applicationId: ID!) {
    resendConfirmationEmail(applicationId: $applicationId) {
      id
      email
      status
      expiresAt
    }
  }
`);
