// The documents are in application.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export {
  SubmitApplicationDocument as SubmitApplicationMutation,
  ResendConfirmationEmailDocument as ResendConfirmationEmailMutation,
} from '@/gql/graphql';
