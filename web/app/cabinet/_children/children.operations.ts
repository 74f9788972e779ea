// The documents are in children.graphql; codegen writes them, typed by gql/graphql.ts, into children.generated.ts, so that a
// page's bundle carries only the documents it imports.
export {
  CabinetChildFragmentDoc as CabinetChildFields,
  CabinetChildrenDocument as CabinetChildrenQuery,
} from './children.generated';
