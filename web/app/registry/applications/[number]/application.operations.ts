import { graphql } from '@/gql';

export const ApplicationDetailsFields = graphql(`
  fragment ApplicationDetails on Application {
    id
    number
    kind
    status
    statusName
    direction
    allowedActions
    createdAt
    applicantName
    applicantIsChild
    email
    documentsReceivedAt
    receivedBy {
      id
      name
    }
    refusalReason
    processedAt
    sentToNavigatorAt
    formUrl
    municipality {
      id
      name
    }
    group {
      id
      name
    }
    child {
      id
      surname
      name
      patronymic
      birthDate
    }
    document {
      id
      type
      typeName
      series
      number
      issueDate
      issuedBy
    }
    certificate {
      id
      number
      status
      statusName
      group {
        id
        name
      }
      municipality {
        id
        name
      }
      applications {
        id
        number
        kind
        status
        statusName
        createdAt
      }
    }
    history {
      occurredAt
      action
      actionName
      actorName
      details
    }
  }
`);

export const ApplicationByNumberQuery = graphql(`
  query ApplicationByNumber($number: String!) {
    applicationRegister(tab: ALL, search: { applicationNumber: $number }, first: 1) {
      applications {
        ...ApplicationDetails
      }
    }
  }
`);

export const RecordDocumentsReceivedMutation = graphql(`
  mutation RecordDocumentsReceived($applicationId: ID!) {
    recordDocumentsReceived(applicationId: $applicationId) {
      ...ApplicationDetails
    }
  }
`);

export const ConfirmPersonalDataMutation = graphql(`
  mutation ConfirmPersonalData($applicationId: ID!) {
    confirmPersonalData(applicationId: $applicationId) {
      ...ApplicationDetails
    }
  }
`);

export const RefuseApplicationMutation = graphql(`
  mutation RefuseApplication($applicationId: ID!, $reason: String!) {
    refuseApplication(applicationId: $applicationId, reason: $reason) {
      ...ApplicationDetails
    }
  }
`);

export const EditApplicationMutation = graphql(`
  mutation EditApplication($applicationId: ID!, $child: ChildDataInput, $document: DocumentDataInput) {
    editApplication(applicationId: $applicationId, child: $child, document: $document) {
      ...ApplicationDetails
    }
  }
`);

export const SendToNavigatorMutation = graphql(`
  mutation SendToNavigator($applicationId: ID!) {
    sendToNavigator(applicationId: $applicationId) {
      ...ApplicationDetails
    }
  }
`);
