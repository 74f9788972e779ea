// The documents are in group-changes.graphql; codegen types them into gql/graphql.ts, each its own export, so
// that a page's bundle carries only the documents it imports.
export {
  MyGroupChangesDocument as MyGroupChangesQuery,
  GroupChangesOfDocument as GroupChangesOfQuery,
  MoreGroupChangeJobsDocument as MoreGroupChangeJobsQuery,
  GroupChangeProgressDocument as GroupChangeProgressQuery,
  StartGroupChangeDocument as StartGroupChangeMutation,
} from './group-changes.generated';
