// The documents are in auth.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export {
  SignedInUserFragmentDoc as SignedInUserFields,
  MeDocument as MeQuery,
  LoginDocument as LoginMutation,
  LogoutDocument as LogoutMutation,
} from '@/gql/graphql';
