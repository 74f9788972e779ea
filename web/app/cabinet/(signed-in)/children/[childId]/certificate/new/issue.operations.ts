// The documents are in issue.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export { IssueCertificateDocument as IssueCertificateMutation } from '@/gql/graphql';
