// The documents are in application.graphql; codegen writes them, typed by gql/graphql.ts, into application.generated.ts, so that a
// page's bundle carries only the documents it imports.
export {
  ApplicationDetailsFragmentDoc as ApplicationDetailsFields,
  ApplicationByNumberDocument as ApplicationByNumberQuery,
  RecordDocumentsReceivedDocument as RecordDocumentsReceivedMutation,
  ConfirmPersonalDataDocument as ConfirmPersonalDataMutation,
  RefuseApplicationDocument as RefuseApplicationMutation,
  EditApplicationDocument as EditApplicationMutation,
  SendToNavigatorDocument as SendToNavigatorMutation,
} from './application.generated';
