// The documents are in not-sent.graphql; codegen types them into gql/graphql.ts.
export {
  NotSentCertificatesDocument as NotSentCertificatesQuery,
  ResendCertificateToNavigatorDocument as ResendCertificateToNavigatorMutation,
  ResendCertificatesToNavigatorDocument as ResendCertificatesToNavigatorMutation,
} from './not-sent.generated';
