// The documents are in document.graphql; codegen types them into gql/graphql.ts, each its own export, so that a
// page's bundle carries only the documents it imports.
export { AddChildDocumentDocument as AddChildDocumentMutation } from '@/gql/graphql';
