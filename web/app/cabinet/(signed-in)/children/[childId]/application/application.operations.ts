// The documents are in application.graphql; codegen writes them, typed by gql/graphql.ts, into application.generated.ts, so that a
// page's bundle carries only the documents it imports.
export {
  SubmitApplicationDocument as SubmitApplicationMutation,
  ResendConfirmationEmailDocument as ResendConfirmationEmailMutation,
} from './application.generated';
