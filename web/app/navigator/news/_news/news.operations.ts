// The documents are in news.graphql; codegen types them into gql/graphql.ts and writes them to news.generated.ts.
export {
  AuthoredNewsDocument,
  EditNewsDocument,
  MyNewsDocument,
  PublishNewsDocument,
  UnpublishNewsDocument,
} from './news.generated';
