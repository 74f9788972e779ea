// The documents are in certificate.graphql; codegen types them into gql/graphql.ts.
export {
  CertificateDetailsFragmentDoc as CertificateDetailsFields,
  CertificateByNumberDocument as CertificateByNumberQuery,
} from './certificate.generated';
