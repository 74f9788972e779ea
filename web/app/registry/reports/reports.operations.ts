// The document is in reports.graphql; codegen types it into gql/graphql.ts.
export { ReportsPageDocument as ReportsPageQuery } from './reports.generated';
