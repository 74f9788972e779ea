// The documents are in staff-account.graphql; codegen types them into gql/graphql.ts.
export {
  StaffAccountDocument as StaffAccountQuery,
  UpdateStaffAccountDocument as UpdateStaffAccountMutation,
  BlockStaffAccountDocument as BlockStaffAccountMutation,
  UnblockStaffAccountDocument as UnblockStaffAccountMutation,
  ResetStaffAccountPasswordDocument as ResetStaffAccountPasswordMutation,
} from './staff-account.generated';
