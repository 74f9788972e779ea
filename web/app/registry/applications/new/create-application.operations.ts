// The documents are in create-application.graphql; codegen writes them, typed by gql/graphql.ts, into create-application.generated.ts, so that a
// page's bundle carries only the documents it imports.
export {
  RegistryMunicipalitiesDocument as MunicipalitiesQuery,
  CreateApplicationDocument as CreateApplicationMutation,
} from './create-application.generated';
