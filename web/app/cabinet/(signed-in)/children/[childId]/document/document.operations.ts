import { graphql } from '@/gql';

export const AddChildDocumentMutation = graphql(`
  mutation AddChildDocument($input: AddChildDocumentInput!) {
    addChildDocument(input: $input) {
      id
      type
      typeName
      series
      number
      issueDate
      issuedBy
      hasScan
    }
  }
`);
