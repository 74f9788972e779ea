// The documents are in staff-accounts.graphql; codegen types them into gql/graphql.ts.
export { StaffAccountsDocument as StaffAccountsQuery } from './staff-accounts.generated';
