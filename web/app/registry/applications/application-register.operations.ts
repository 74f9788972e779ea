// The documents are in application-register.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export {
  RegisterRowFragmentDoc as RegisterRowFields,
  ApplicationRegisterDocument as ApplicationRegisterQuery,
} from '@/gql/graphql';
