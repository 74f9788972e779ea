// The documents are in registry.graphql; codegen writes them, typed by gql/graphql.ts, into registry.generated.ts, so that a
// page's bundle carries only the documents it imports.
export { RegistryMeDocument as RegistryMeQuery } from './registry.generated';
