// The documents are in confirm-email.graphql; codegen writes them, typed by gql/graphql.ts, into confirm-email.generated.ts, so that a
// page's bundle carries only the documents it imports.
export { ConfirmEmailDocument as ConfirmEmailMutation } from './confirm-email.generated';
