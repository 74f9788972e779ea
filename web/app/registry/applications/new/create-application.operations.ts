// The documents are in create-application.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export {
  RegistryMunicipalitiesDocument as MunicipalitiesQuery,
  CreateApplicationDocument as CreateApplicationMutation,
} from '@/gql/graphql';
