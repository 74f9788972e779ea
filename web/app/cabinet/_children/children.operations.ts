// The documents are in children.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export {
  CabinetChildFragmentDoc as CabinetChildFields,
  CabinetChildrenDocument as CabinetChildrenQuery,
} from '@/gql/graphql';
