// The documents are in change.graphql; codegen types them into gql/graphql.ts.
export {
  ChangeRequestChoicesDocument as ChangeRequestChoicesQuery,
  RequestCertificateChangeDocument as RequestCertificateChangeMutation,
} from './change.generated';
