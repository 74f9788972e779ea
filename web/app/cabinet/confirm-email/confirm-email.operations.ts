// The documents are in confirm-email.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export { ConfirmEmailDocument as ConfirmEmailMutation } from '@/gql/graphql';
