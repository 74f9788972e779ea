/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SignedInUser on User {\n    id\n    login\n    fullName\n    role\n    organization {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": typeof types.SignedInUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SignedInUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SubmitApplication($childId: ID!, $email: String!) {\n    submitApplication(childId: $childId, email: $email) {\n      id\n      number\n      status\n      createdAt\n      email\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  mutation ResendConfirmationEmail($applicationId: ID!) {\n    resendConfirmationEmail(applicationId: $applicationId) {\n      id\n      email\n      status\n      expiresAt\n    }\n  }\n": typeof types.ResendConfirmationEmailDocument,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      navigatorLogin\n      navigatorPassword\n      certificate {\n        id\n        number\n      }\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  mutation AddChildDocument($input: AddChildDocumentInput!) {\n    addChildDocument(input: $input) {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n  }\n": typeof types.AddChildDocumentDocument,
    "\n  fragment CabinetChild on Child {\n    id\n    surname\n    name\n    patronymic\n    birthDate\n    age\n    municipality {\n      id\n      name\n    }\n    documents {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n    application {\n      id\n      number\n      status\n      allowedActions\n      createdAt\n      email\n      emailConfirmedAt\n      refusalReason\n      certificate {\n        id\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      statusName\n      createdAt\n      navigatorLogin\n      group {\n        id\n        name\n      }\n      document {\n        id\n        typeName\n        series\n        number\n      }\n      application {\n        id\n        number\n        status\n        statusName\n        formUrl\n        documentsToBring\n      }\n      municipality {\n        id\n        name\n        receptionOrganizations {\n          id\n          name\n          address\n          room\n          phones\n          workingHours\n        }\n      }\n    }\n    eligibleCertificateGroups {\n      id\n      name\n    }\n  }\n": typeof types.CabinetChildFragmentDoc,
    "\n  query CabinetChildren {\n    me {\n      id\n      children {\n        ...CabinetChild\n      }\n    }\n  }\n": typeof types.CabinetChildrenDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      applicationNumber\n      application {\n        id\n      }\n    }\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  query RegistryMe {\n    me {\n      id\n      fullName\n      role\n      registryActions\n      canViewPersonalData\n      canConfirmApplications\n      organization {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegistryMeDocument,
    "\n  fragment ApplicationDetails on Application {\n    id\n    number\n    kind\n    status\n    statusName\n    direction\n    allowedActions\n    createdAt\n    applicantName\n    applicantIsChild\n    email\n    documentsReceivedAt\n    receivedBy {\n      id\n      name\n    }\n    refusalReason\n    processedAt\n    sentToNavigatorAt\n    formUrl\n    municipality {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    child {\n      id\n      surname\n      name\n      patronymic\n      birthDate\n    }\n    document {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n    }\n    certificate {\n      id\n      number\n      status\n      statusName\n      group {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n      applications {\n        id\n        number\n        kind\n        status\n        statusName\n        createdAt\n      }\n    }\n    history {\n      occurredAt\n      action\n      actionName\n      actorName\n      details\n    }\n  }\n": typeof types.ApplicationDetailsFragmentDoc,
    "\n  query ApplicationByNumber($number: String!) {\n    applicationRegister(tab: ALL, search: { applicationNumber: $number }, first: 1) {\n      applications {\n        ...ApplicationDetails\n      }\n    }\n  }\n": typeof types.ApplicationByNumberDocument,
    "\n  mutation RecordDocumentsReceived($applicationId: ID!) {\n    recordDocumentsReceived(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n": typeof types.RecordDocumentsReceivedDocument,
    "\n  mutation ConfirmPersonalData($applicationId: ID!) {\n    confirmPersonalData(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n": typeof types.ConfirmPersonalDataDocument,
    "\n  mutation RefuseApplication($applicationId: ID!, $reason: String!) {\n    refuseApplication(applicationId: $applicationId, reason: $reason) {\n      ...ApplicationDetails\n    }\n  }\n": typeof types.RefuseApplicationDocument,
    "\n  mutation EditApplication($applicationId: ID!, $child: ChildDataInput, $document: DocumentDataInput) {\n    editApplication(applicationId: $applicationId, child: $child, document: $document) {\n      ...ApplicationDetails\n    }\n  }\n": typeof types.EditApplicationDocument,
    "\n  mutation SendToNavigator($applicationId: ID!) {\n    sendToNavigator(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n": typeof types.SendToNavigatorDocument,
    "\n  fragment RegisterRow on Application {\n    id\n    number\n    kind\n    status\n    statusName\n    direction\n    createdAt\n    child {\n      id\n      surname\n      name\n      patronymic\n      birthDate\n    }\n    document {\n      id\n      typeName\n      series\n      number\n    }\n    certificate {\n      id\n      number\n    }\n  }\n": typeof types.RegisterRowFragmentDoc,
    "\n  query ApplicationRegister(\n    $tab: ApplicationRegisterTab!\n    $search: ApplicationSearchInput\n    $first: Int!\n    $after: String\n  ) {\n    applicationRegister(tab: $tab, search: $search, first: $first, after: $after) {\n      totalCount\n      nextCursor\n      applications {\n        ...RegisterRow\n      }\n      liveCertificatesInRegion {\n        number\n        municipalityName\n      }\n    }\n  }\n": typeof types.ApplicationRegisterDocument,
    "\n  query RegistryMunicipalities {\n    municipalities {\n      id\n      name\n    }\n  }\n": typeof types.RegistryMunicipalitiesDocument,
    "\n  query RegistryCertificateGroups($municipalityId: ID!) {\n    certificateGroups(municipalityId: $municipalityId) {\n      id\n      name\n      minAge\n      maxAge\n      blocked\n    }\n  }\n": typeof types.RegistryCertificateGroupsDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      navigatorLogin\n      navigatorPassword\n      application {\n        id\n        number\n        kind\n        status\n        statusName\n      }\n    }\n  }\n": typeof types.CreateApplicationDocument,
};
const documents: Documents = {
    "\n  fragment SignedInUser on User {\n    id\n    login\n    fullName\n    role\n    organization {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": types.SignedInUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SignedInUser\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SubmitApplication($childId: ID!, $email: String!) {\n    submitApplication(childId: $childId, email: $email) {\n      id\n      number\n      status\n      createdAt\n      email\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  mutation ResendConfirmationEmail($applicationId: ID!) {\n    resendConfirmationEmail(applicationId: $applicationId) {\n      id\n      email\n      status\n      expiresAt\n    }\n  }\n": types.ResendConfirmationEmailDocument,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      navigatorLogin\n      navigatorPassword\n      certificate {\n        id\n        number\n      }\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  mutation AddChildDocument($input: AddChildDocumentInput!) {\n    addChildDocument(input: $input) {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n  }\n": types.AddChildDocumentDocument,
    "\n  fragment CabinetChild on Child {\n    id\n    surname\n    name\n    patronymic\n    birthDate\n    age\n    municipality {\n      id\n      name\n    }\n    documents {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n    application {\n      id\n      number\n      status\n      allowedActions\n      createdAt\n      email\n      emailConfirmedAt\n      refusalReason\n      certificate {\n        id\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      statusName\n      createdAt\n      navigatorLogin\n      group {\n        id\n        name\n      }\n      document {\n        id\n        typeName\n        series\n        number\n      }\n      application {\n        id\n        number\n        status\n        statusName\n        formUrl\n        documentsToBring\n      }\n      municipality {\n        id\n        name\n        receptionOrganizations {\n          id\n          name\n          address\n          room\n          phones\n          workingHours\n        }\n      }\n    }\n    eligibleCertificateGroups {\n      id\n      name\n    }\n  }\n": types.CabinetChildFragmentDoc,
    "\n  query CabinetChildren {\n    me {\n      id\n      children {\n        ...CabinetChild\n      }\n    }\n  }\n": types.CabinetChildrenDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      applicationNumber\n      application {\n        id\n      }\n    }\n  }\n": types.ConfirmEmailDocument,
    "\n  query RegistryMe {\n    me {\n      id\n      fullName\n      role\n      registryActions\n      canViewPersonalData\n      canConfirmApplications\n      organization {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": types.RegistryMeDocument,
    "\n  fragment ApplicationDetails on Application {\n    id\n    number\n    kind\n    status\n    statusName\n    direction\n    allowedActions\n    createdAt\n    applicantName\n    applicantIsChild\n    email\n    documentsReceivedAt\n    receivedBy {\n      id\n      name\n    }\n    refusalReason\n    processedAt\n    sentToNavigatorAt\n    formUrl\n    municipality {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    child {\n      id\n      surname\n      name\n      patronymic\n      birthDate\n    }\n    document {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n    }\n    certificate {\n      id\n      number\n      status\n      statusName\n      group {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n      applications {\n        id\n        number\n        kind\n        status\n        statusName\n        createdAt\n      }\n    }\n    history {\n      occurredAt\n      action\n      actionName\n      actorName\n      details\n    }\n  }\n": types.ApplicationDetailsFragmentDoc,
    "\n  query ApplicationByNumber($number: String!) {\n    applicationRegister(tab: ALL, search: { applicationNumber: $number }, first: 1) {\n      applications {\n        ...ApplicationDetails\n      }\n    }\n  }\n": types.ApplicationByNumberDocument,
    "\n  mutation RecordDocumentsReceived($applicationId: ID!) {\n    recordDocumentsReceived(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n": types.RecordDocumentsReceivedDocument,
    "\n  mutation ConfirmPersonalData($applicationId: ID!) {\n    confirmPersonalData(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n": types.ConfirmPersonalDataDocument,
    "\n  mutation RefuseApplication($applicationId: ID!, $reason: String!) {\n    refuseApplication(applicationId: $applicationId, reason: $reason) {\n      ...ApplicationDetails\n    }\n  }\n": types.RefuseApplicationDocument,
    "\n  mutation EditApplication($applicationId: ID!, $child: ChildDataInput, $document: DocumentDataInput) {\n    editApplication(applicationId: $applicationId, child: $child, document: $document) {\n      ...ApplicationDetails\n    }\n  }\n": types.EditApplicationDocument,
    "\n  mutation SendToNavigator($applicationId: ID!) {\n    sendToNavigator(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n": types.SendToNavigatorDocument,
    "\n  fragment RegisterRow on Application {\n    id\n    number\n    kind\n    status\n    statusName\n    direction\n    createdAt\n    child {\n      id\n      surname\n      name\n      patronymic\n      birthDate\n    }\n    document {\n      id\n      typeName\n      series\n      number\n    }\n    certificate {\n      id\n      number\n    }\n  }\n": types.RegisterRowFragmentDoc,
    "\n  query ApplicationRegister(\n    $tab: ApplicationRegisterTab!\n    $search: ApplicationSearchInput\n    $first: Int!\n    $after: String\n  ) {\n    applicationRegister(tab: $tab, search: $search, first: $first, after: $after) {\n      totalCount\n      nextCursor\n      applications {\n        ...RegisterRow\n      }\n      liveCertificatesInRegion {\n        number\n        municipalityName\n      }\n    }\n  }\n": types.ApplicationRegisterDocument,
    "\n  query RegistryMunicipalities {\n    municipalities {\n      id\n      name\n    }\n  }\n": types.RegistryMunicipalitiesDocument,
    "\n  query RegistryCertificateGroups($municipalityId: ID!) {\n    certificateGroups(municipalityId: $municipalityId) {\n      id\n      name\n      minAge\n      maxAge\n      blocked\n    }\n  }\n": types.RegistryCertificateGroupsDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      navigatorLogin\n      navigatorPassword\n      application {\n        id\n        number\n        kind\n        status\n        statusName\n      }\n    }\n  }\n": types.CreateApplicationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedInUser on User {\n    id\n    login\n    fullName\n    role\n    organization {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SignedInUser on User {\n    id\n    login\n    fullName\n    role\n    organization {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SignedInUser\n    }\n  }\n"): (typeof documents)["\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SignedInUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($childId: ID!, $email: String!) {\n    submitApplication(childId: $childId, email: $email) {\n      id\n      number\n      status\n      createdAt\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($childId: ID!, $email: String!) {\n    submitApplication(childId: $childId, email: $email) {\n      id\n      number\n      status\n      createdAt\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendConfirmationEmail($applicationId: ID!) {\n    resendConfirmationEmail(applicationId: $applicationId) {\n      id\n      email\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendConfirmationEmail($applicationId: ID!) {\n    resendConfirmationEmail(applicationId: $applicationId) {\n      id\n      email\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      navigatorLogin\n      navigatorPassword\n      certificate {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      navigatorLogin\n      navigatorPassword\n      certificate {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChildDocument($input: AddChildDocumentInput!) {\n    addChildDocument(input: $input) {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n  }\n"): (typeof documents)["\n  mutation AddChildDocument($input: AddChildDocumentInput!) {\n    addChildDocument(input: $input) {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CabinetChild on Child {\n    id\n    surname\n    name\n    patronymic\n    birthDate\n    age\n    municipality {\n      id\n      name\n    }\n    documents {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n    application {\n      id\n      number\n      status\n      allowedActions\n      createdAt\n      email\n      emailConfirmedAt\n      refusalReason\n      certificate {\n        id\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      statusName\n      createdAt\n      navigatorLogin\n      group {\n        id\n        name\n      }\n      document {\n        id\n        typeName\n        series\n        number\n      }\n      application {\n        id\n        number\n        status\n        statusName\n        formUrl\n        documentsToBring\n      }\n      municipality {\n        id\n        name\n        receptionOrganizations {\n          id\n          name\n          address\n          room\n          phones\n          workingHours\n        }\n      }\n    }\n    eligibleCertificateGroups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CabinetChild on Child {\n    id\n    surname\n    name\n    patronymic\n    birthDate\n    age\n    municipality {\n      id\n      name\n    }\n    documents {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n    application {\n      id\n      number\n      status\n      allowedActions\n      createdAt\n      email\n      emailConfirmedAt\n      refusalReason\n      certificate {\n        id\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      statusName\n      createdAt\n      navigatorLogin\n      group {\n        id\n        name\n      }\n      document {\n        id\n        typeName\n        series\n        number\n      }\n      application {\n        id\n        number\n        status\n        statusName\n        formUrl\n        documentsToBring\n      }\n      municipality {\n        id\n        name\n        receptionOrganizations {\n          id\n          name\n          address\n          room\n          phones\n          workingHours\n        }\n      }\n    }\n    eligibleCertificateGroups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CabinetChildren {\n    me {\n      id\n      children {\n        ...CabinetChild\n      }\n    }\n  }\n"): (typeof documents)["\n  query CabinetChildren {\n    me {\n      id\n      children {\n        ...CabinetChild\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      applicationNumber\n      application {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      applicationNumber\n      application {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryMe {\n    me {\n      id\n      fullName\n      role\n      registryActions\n      canViewPersonalData\n      canConfirmApplications\n      organization {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryMe {\n    me {\n      id\n      fullName\n      role\n      registryActions\n      canViewPersonalData\n      canConfirmApplications\n      organization {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationDetails on Application {\n    id\n    number\n    kind\n    status\n    statusName\n    direction\n    allowedActions\n    createdAt\n    applicantName\n    applicantIsChild\n    email\n    documentsReceivedAt\n    receivedBy {\n      id\n      name\n    }\n    refusalReason\n    processedAt\n    sentToNavigatorAt\n    formUrl\n    municipality {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    child {\n      id\n      surname\n      name\n      patronymic\n      birthDate\n    }\n    document {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n    }\n    certificate {\n      id\n      number\n      status\n      statusName\n      group {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n      applications {\n        id\n        number\n        kind\n        status\n        statusName\n        createdAt\n      }\n    }\n    history {\n      occurredAt\n      action\n      actionName\n      actorName\n      details\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationDetails on Application {\n    id\n    number\n    kind\n    status\n    statusName\n    direction\n    allowedActions\n    createdAt\n    applicantName\n    applicantIsChild\n    email\n    documentsReceivedAt\n    receivedBy {\n      id\n      name\n    }\n    refusalReason\n    processedAt\n    sentToNavigatorAt\n    formUrl\n    municipality {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    child {\n      id\n      surname\n      name\n      patronymic\n      birthDate\n    }\n    document {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n    }\n    certificate {\n      id\n      number\n      status\n      statusName\n      group {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n      applications {\n        id\n        number\n        kind\n        status\n        statusName\n        createdAt\n      }\n    }\n    history {\n      occurredAt\n      action\n      actionName\n      actorName\n      details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationByNumber($number: String!) {\n    applicationRegister(tab: ALL, search: { applicationNumber: $number }, first: 1) {\n      applications {\n        ...ApplicationDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationByNumber($number: String!) {\n    applicationRegister(tab: ALL, search: { applicationNumber: $number }, first: 1) {\n      applications {\n        ...ApplicationDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDocumentsReceived($applicationId: ID!) {\n    recordDocumentsReceived(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDocumentsReceived($applicationId: ID!) {\n    recordDocumentsReceived(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPersonalData($applicationId: ID!) {\n    confirmPersonalData(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPersonalData($applicationId: ID!) {\n    confirmPersonalData(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseApplication($applicationId: ID!, $reason: String!) {\n    refuseApplication(applicationId: $applicationId, reason: $reason) {\n      ...ApplicationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseApplication($applicationId: ID!, $reason: String!) {\n    refuseApplication(applicationId: $applicationId, reason: $reason) {\n      ...ApplicationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditApplication($applicationId: ID!, $child: ChildDataInput, $document: DocumentDataInput) {\n    editApplication(applicationId: $applicationId, child: $child, document: $document) {\n      ...ApplicationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation EditApplication($applicationId: ID!, $child: ChildDataInput, $document: DocumentDataInput) {\n    editApplication(applicationId: $applicationId, child: $child, document: $document) {\n      ...ApplicationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendToNavigator($applicationId: ID!) {\n    sendToNavigator(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SendToNavigator($applicationId: ID!) {\n    sendToNavigator(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegisterRow on Application {\n    id\n    number\n    kind\n    status\n    statusName\n    direction\n    createdAt\n    child {\n      id\n      surname\n      name\n      patronymic\n      birthDate\n    }\n    document {\n      id\n      typeName\n      series\n      number\n    }\n    certificate {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment RegisterRow on Application {\n    id\n    number\n    kind\n    status\n    statusName\n    direction\n    createdAt\n    child {\n      id\n      surname\n      name\n      patronymic\n      birthDate\n    }\n    document {\n      id\n      typeName\n      series\n      number\n    }\n    certificate {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationRegister(\n    $tab: ApplicationRegisterTab!\n    $search: ApplicationSearchInput\n    $first: Int!\n    $after: String\n  ) {\n    applicationRegister(tab: $tab, search: $search, first: $first, after: $after) {\n      totalCount\n      nextCursor\n      applications {\n        ...RegisterRow\n      }\n      liveCertificatesInRegion {\n        number\n        municipalityName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationRegister(\n    $tab: ApplicationRegisterTab!\n    $search: ApplicationSearchInput\n    $first: Int!\n    $after: String\n  ) {\n    applicationRegister(tab: $tab, search: $search, first: $first, after: $after) {\n      totalCount\n      nextCursor\n      applications {\n        ...RegisterRow\n      }\n      liveCertificatesInRegion {\n        number\n        municipalityName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryMunicipalities {\n    municipalities {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegistryMunicipalities {\n    municipalities {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryCertificateGroups($municipalityId: ID!) {\n    certificateGroups(municipalityId: $municipalityId) {\n      id\n      name\n      minAge\n      maxAge\n      blocked\n    }\n  }\n"): (typeof documents)["\n  query RegistryCertificateGroups($municipalityId: ID!) {\n    certificateGroups(municipalityId: $municipalityId) {\n      id\n      name\n      minAge\n      maxAge\n      blocked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      navigatorLogin\n      navigatorPassword\n      application {\n        id\n        number\n        kind\n        status\n        statusName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      navigatorLogin\n      navigatorPassword\n      application {\n        id\n        number\n        kind\n        status\n        statusName\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;