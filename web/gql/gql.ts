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
    "\n  fragment CabinetChild on Child {\n    id\n    surname\n    name\n    patronymic\n    birthDate\n    age\n    municipality {\n      id\n      name\n    }\n    documents {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n    application {\n      id\n      number\n      status\n      allowedActions\n      createdAt\n      email\n      emailConfirmedAt\n      refusalReason\n      certificate {\n        id\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      createdAt\n      navigatorLogin\n      group {\n        id\n        name\n      }\n      document {\n        id\n        typeName\n        series\n        number\n      }\n      application {\n        id\n        number\n        statusName\n        formUrl\n        documentsToBring\n      }\n      municipality {\n        id\n        name\n        receptionOrganizations {\n          id\n          name\n          address\n          room\n          phones\n          workingHours\n        }\n      }\n    }\n    eligibleCertificateGroups {\n      id\n      name\n    }\n  }\n": typeof types.CabinetChildFragmentDoc,
    "\n  query CabinetChildren {\n    me {\n      id\n      children {\n        ...CabinetChild\n      }\n    }\n  }\n": typeof types.CabinetChildrenDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      applicationNumber\n      application {\n        id\n      }\n    }\n  }\n": typeof types.ConfirmEmailDocument,
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
    "\n  fragment CabinetChild on Child {\n    id\n    surname\n    name\n    patronymic\n    birthDate\n    age\n    municipality {\n      id\n      name\n    }\n    documents {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n    application {\n      id\n      number\n      status\n      allowedActions\n      createdAt\n      email\n      emailConfirmedAt\n      refusalReason\n      certificate {\n        id\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      createdAt\n      navigatorLogin\n      group {\n        id\n        name\n      }\n      document {\n        id\n        typeName\n        series\n        number\n      }\n      application {\n        id\n        number\n        statusName\n        formUrl\n        documentsToBring\n      }\n      municipality {\n        id\n        name\n        receptionOrganizations {\n          id\n          name\n          address\n          room\n          phones\n          workingHours\n        }\n      }\n    }\n    eligibleCertificateGroups {\n      id\n      name\n    }\n  }\n": types.CabinetChildFragmentDoc,
    "\n  query CabinetChildren {\n    me {\n      id\n      children {\n        ...CabinetChild\n      }\n    }\n  }\n": types.CabinetChildrenDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      applicationNumber\n      application {\n        id\n      }\n    }\n  }\n": types.ConfirmEmailDocument,
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
export function graphql(source: "\n  fragment CabinetChild on Child {\n    id\n    surname\n    name\n    patronymic\n    birthDate\n    age\n    municipality {\n      id\n      name\n    }\n    documents {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n    application {\n      id\n      number\n      status\n      allowedActions\n      createdAt\n      email\n      emailConfirmedAt\n      refusalReason\n      certificate {\n        id\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      createdAt\n      navigatorLogin\n      group {\n        id\n        name\n      }\n      document {\n        id\n        typeName\n        series\n        number\n      }\n      application {\n        id\n        number\n        statusName\n        formUrl\n        documentsToBring\n      }\n      municipality {\n        id\n        name\n        receptionOrganizations {\n          id\n          name\n          address\n          room\n          phones\n          workingHours\n        }\n      }\n    }\n    eligibleCertificateGroups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CabinetChild on Child {\n    id\n    surname\n    name\n    patronymic\n    birthDate\n    age\n    municipality {\n      id\n      name\n    }\n    documents {\n      id\n      type\n      typeName\n      series\n      number\n      issueDate\n      issuedBy\n      hasScan\n    }\n    application {\n      id\n      number\n      status\n      allowedActions\n      createdAt\n      email\n      emailConfirmedAt\n      refusalReason\n      certificate {\n        id\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      createdAt\n      navigatorLogin\n      group {\n        id\n        name\n      }\n      document {\n        id\n        typeName\n        series\n        number\n      }\n      application {\n        id\n        number\n        statusName\n        formUrl\n        documentsToBring\n      }\n      municipality {\n        id\n        name\n        receptionOrganizations {\n          id\n          name\n          address\n          room\n          phones\n          workingHours\n        }\n      }\n    }\n    eligibleCertificateGroups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CabinetChildren {\n    me {\n      id\n      children {\n        ...CabinetChild\n      }\n    }\n  }\n"): (typeof documents)["\n  query CabinetChildren {\n    me {\n      id\n      children {\n        ...CabinetChild\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      applicationNumber\n      application {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      applicationNumber\n      application {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;