// The documents are in certificate-groups.graphql; codegen types them into gql/graphql.ts, each its own export, so
// that a page's bundle carries only the documents it imports.
export {
  MyCertificateGroupsDocument as MyCertificateGroupsQuery,
  CertificateGroupsOfDocument as CertificateGroupsOfQuery,
  NavigatorGroupSettingsDocument as NavigatorGroupSettingsQuery,
  ImportCertificateGroupsDocument as ImportCertificateGroupsMutation,
  EditCertificateGroupDocument as EditCertificateGroupMutation,
  BlockCertificateGroupDocument as BlockCertificateGroupMutation,
  UnblockCertificateGroupDocument as UnblockCertificateGroupMutation,
  DeleteCertificateGroupDocument as DeleteCertificateGroupMutation,
} from './certificate-groups.generated';
