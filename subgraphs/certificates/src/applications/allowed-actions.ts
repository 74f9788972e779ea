import { Identity } from '@pfdo/platform';
import { actsInMunicipality } from '../authorization';
import { rights } from '../permissions';
import { ApplicationAction, RegistryAction, statusAllows } from './application-state';
import { ApplicationKind, ApplicationStatus } from './application-status';

/**
 * What the caller may do with an application now and in the registry as a whole (`allowedActions`,
 * `registryActions`): the same rights (permissions.ts) and checks the mutations make before they write.
 */

/** What `allowedActions` needs to know of an application, as the mutations check it. */
export interface ApplicationFacts {
  kind: ApplicationKind;
  status: ApplicationStatus;
  municipalityId: string;
  sourceMunicipalityId: string | null;
  applicantUserId: string | null;
  guardianUserIds: string[];
  certificateId: string | null;
}

/**
 * A change application acts on its certificate where the certificate was when it was applied for: the
 * application's municipality (a change of municipality: the one it leaves). A certificate that has moved
 * since belongs to another municipality's operator, and this one may no longer change it.
 */
export function certificateStillInScope(
  application: Pick<ApplicationFacts, 'kind' | 'municipalityId' | 'sourceMunicipalityId' | 'certificateId'>,
  certificateMunicipalityId: string | null,
): boolean {
  if (application.kind === ApplicationKind.NEW_CERTIFICATE || !application.certificateId) return true;
  const expected =
    application.kind === ApplicationKind.CHANGE_MUNICIPALITY
      ? application.sourceMunicipalityId
      : application.municipalityId;
  return certificateMunicipalityId !== null && certificateMunicipalityId === expected;
}

/** The citizen's own application: they applied, or they are the child's guardian. */
function isOwnApplication(identity: Identity, application: ApplicationFacts): boolean {
  return application.applicantUserId === identity.userId || application.guardianUserIds.includes(identity.userId);
}

/**
 * Whether the caller's right and the application allow each action, beyond its status: the same checks the
 * services make before they write (the municipality in `lockApplicationInScope`, the certificate in
 * `confirmPersonalData`, `sendToNavigator` and `issueCertificate`).
 */
const ACTION_CHECKS: Record<
  ApplicationAction,
  (identity: Identity, application: ApplicationFacts, certificateMunicipalityId: string | null) => boolean
> = {
  [ApplicationAction.CONFIRM_EMAIL]: (identity, application) =>
    rights.applyAsCitizen(identity) && isOwnApplication(identity, application),
  [ApplicationAction.ISSUE_CERTIFICATE]: (identity, application) =>
    rights.applyAsCitizen(identity) && isOwnApplication(identity, application) && !application.certificateId,
  [ApplicationAction.RECEIVE_DOCUMENTS]: (identity, application) =>
    rights.receiveApplications(identity) && actsInMunicipality(identity, application.municipalityId),
  [ApplicationAction.CONFIRM_PERSONAL_DATA]: (identity, application, certificateMunicipalityId) =>
    rights.processApplications(identity) &&
    actsInMunicipality(identity, application.municipalityId) &&
    !!application.certificateId &&
    certificateStillInScope(application, certificateMunicipalityId),
  [ApplicationAction.REFUSE]: (identity, application) =>
    rights.processApplications(identity) && actsInMunicipality(identity, application.municipalityId),
  [ApplicationAction.EDIT]: (identity, application) =>
    rights.editApplications(identity) && actsInMunicipality(identity, application.municipalityId),
  [ApplicationAction.SEND_TO_NAVIGATOR]: (identity, application) =>
    rights.sendToNavigator(identity) &&
    actsInMunicipality(identity, application.municipalityId) &&
    !!application.certificateId,
};

/**
 * The actions the caller may take on the application now: its status allows them (the status machine) and
 * the caller's rights and the application pass the checks the mutation makes. The web shows these buttons
 * and no others.
 */
export function allowedActionsFor(
  identity: Identity | null,
  application: ApplicationFacts,
  certificateMunicipalityId: string | null,
): ApplicationAction[] {
  if (!identity) return [];
  return Object.values(ApplicationAction).filter(
    (action) =>
      statusAllows(application.status, action) &&
      ACTION_CHECKS[action](identity, application, certificateMunicipalityId),
  );
}

/** What the caller may do in the registry as a whole, whatever the application: the registry's menu. */
export function registryActionsFor(identity: Identity | null): RegistryAction[] {
  if (!identity) return [];
  const actions: RegistryAction[] = [];
  if (rights.receiveApplications(identity)) actions.push(RegistryAction.CREATE_APPLICATION);
  if (rights.searchByDocument(identity)) actions.push(RegistryAction.SEARCH_BY_DOCUMENT);
  if (rights.manageCertificateGroups(identity)) actions.push(RegistryAction.MANAGE_CERTIFICATE_GROUPS);
  if (rights.changeGroupsInBulk(identity)) actions.push(RegistryAction.CHANGE_GROUPS_IN_BULK);
  if (rights.manageRegulation(identity)) actions.push(RegistryAction.MANAGE_SETTINGS);
  if (rights.readReports(identity)) actions.push(RegistryAction.READ_REPORTS);
  if (rights.readCertificateRegister(identity)) actions.push(RegistryAction.READ_CERTIFICATE_REGISTER);
  if (rights.resendToNavigator(identity)) actions.push(RegistryAction.RESEND_TO_NAVIGATOR);
  return actions;
}
