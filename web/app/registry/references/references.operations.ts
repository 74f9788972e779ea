// The document is in references.graphql; codegen types it into gql/graphql.ts.
export { ReferencesPageDocument as ReferencesPageQuery } from './references.generated';
