// The documents are in the .graphql files beside the pages; codegen types them into gql/graphql.ts.
export {
  ApiKeysDocument as ApiKeysQuery,
  ApiKeyDocument as ApiKeyQuery,
  IssueApiKeyDocument as IssueApiKeyMutation,
  RevokeApiKeyDocument as RevokeApiKeyMutation,
  RotateApiKeyDocument as RotateApiKeyMutation,
} from '@/gql/graphql';
