// The documents are in the .graphql files beside the pages; codegen types them into gql/graphql.ts.
export {
  ApiKeysDocument as ApiKeysQuery,
  ApiKeyDocument as ApiKeyQuery,
  IssueApiKeyDocument as IssueApiKeyMutation,
  ApiKeyOrganizationsDocument as ApiKeyOrganizationsQuery,
  RevokeApiKeyDocument as RevokeApiKeyMutation,
  RotateApiKeyDocument as RotateApiKeyMutation,
  SetApiKeyRegisteredOnlyDocument as SetApiKeyRegisteredOnlyMutation,
  RegisterApiKeyOperationDocument as RegisterApiKeyOperationMutation,
  RemoveApiKeyOperationDocument as RemoveApiKeyOperationMutation,
} from '@/gql/graphql';
