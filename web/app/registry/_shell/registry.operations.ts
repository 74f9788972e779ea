// The documents are in registry.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export { RegistryMeDocument as RegistryMeQuery } from '@/gql/graphql';
