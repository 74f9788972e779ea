// The documents are in document.graphql; codegen writes them, typed by gql/graphql.ts, into document.generated.ts, so that a
// page's bundle carries only the documents it imports.
export { AddChildDocumentDocument as AddChildDocumentMutation } from './document.generated';
