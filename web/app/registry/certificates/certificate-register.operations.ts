// The documents are in certificate-register.graphql; codegen types them into gql/graphql.ts.
export {
  CertificateRegisterRowFragmentDoc as CertificateRegisterRowFields,
  CertificateRegisterDocument as CertificateRegisterQuery,
} from './certificate-register.generated';
