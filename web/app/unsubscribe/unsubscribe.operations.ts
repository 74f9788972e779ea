// The document is in unsubscribe.graphql; codegen types it into gql/graphql.ts.
export { UnsubscribeDocument as UnsubscribeMutation } from './unsubscribe.generated';
