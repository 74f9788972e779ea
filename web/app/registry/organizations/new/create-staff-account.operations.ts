// The documents are in create-staff-account.graphql; codegen types them into gql/graphql.ts.
export {
  StaffMunicipalitiesDocument as StaffMunicipalitiesQuery,
  CreateStaffAccountDocument as CreateStaffAccountMutation,
} from './create-staff-account.generated';
