// The documents are in registry.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export {
  RegistryMeDocument as RegistryMeQuery,
  RegistryMunicipalitiesDocument as MunicipalitiesQuery,
  RegistryCertificateGroupsDocument as CertificateGroupsQuery,
  RegisterRowFragmentDoc as RegisterRowFields,
  ApplicationRegisterDocument as ApplicationRegisterQuery,
  ApplicationDetailsFragmentDoc as ApplicationDetailsFields,
  ApplicationByNumberDocument as ApplicationByNumberQuery,
  CreateApplicationDocument as CreateApplicationMutation,
  RecordDocumentsReceivedDocument as RecordDocumentsReceivedMutation,
  ConfirmPersonalDataDocument as ConfirmPersonalDataMutation,
  RefuseApplicationDocument as RefuseApplicationMutation,
  EditApplicationDocument as EditApplicationMutation,
  SendToNavigatorDocument as SendToNavigatorMutation,
} from '@/gql/graphql';
