// The documents are in portfolio.graphql; codegen types them into gql/graphql.ts and writes them to
// portfolio.generated.ts.
export {
  AddPortfolioItemDocument,
  AddPortfolioItemForCertificateDocument,
  DeletePortfolioItemDocument,
  MyPortfolioDocument,
  ProviderPortfolioDocument,
} from './portfolio.generated';
