// The documents are in issue.graphql; codegen writes them, typed by gql/graphql.ts, into issue.generated.ts, so that a
// page's bundle carries only the documents it imports.
export { IssueCertificateDocument as IssueCertificateMutation } from './issue.generated';
