// The documents are in auth.graphql; codegen writes them, typed by gql/graphql.ts, into auth.generated.ts, so that a
// page's bundle carries only the documents it imports.
export {
  SignedInUserFragmentDoc as SignedInUserFields,
  MeDocument as MeQuery,
  LoginDocument as LoginMutation,
  LogoutDocument as LogoutMutation,
} from './auth.generated';
