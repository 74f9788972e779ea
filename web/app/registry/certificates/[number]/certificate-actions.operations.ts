// The documents are in certificate-actions.graphql; codegen types them into gql/graphql.ts.
export {
  CertificateAtHandDocument as CertificateAtHandQuery,
  CertificateRepresentativeEmailDocument as CertificateRepresentativeEmailQuery,
  FreezeCertificateDocument as FreezeCertificateMutation,
  WithdrawCertificateConsentDocument as WithdrawCertificateConsentMutation,
  IssueCertificateExtractDocument as IssueCertificateExtractMutation,
} from './certificate-actions.generated';
