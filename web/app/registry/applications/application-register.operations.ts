// The documents are in application-register.graphql; codegen writes them, typed by gql/graphql.ts, into application-register.generated.ts, so that a
// page's bundle carries only the documents it imports.
export {
  RegisterRowFragmentDoc as RegisterRowFields,
  ApplicationRegisterDocument as ApplicationRegisterQuery,
} from './application-register.generated';
