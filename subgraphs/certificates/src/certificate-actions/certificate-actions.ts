import { registerEnumType } from 'type-graphql';
import { domainError, ErrorCode, Identity } from '@pfdo/platform';
import { actsInMunicipality } from '../authorization';
import { CERTIFICATE_STATUS_NAMES, CertificateStatus } from '../certificates/certificate-status';

/**
 * What may be done to a certificate once it exists (docs/domain.md §4, seed 001): which statuses allow each
 * action, and who may take it. The shield's rules on the mutations, the checks the services make and
 * `CertificateAtHand.allowedActions` (the buttons the web shows) are all made from these functions.
 */
export enum CertificateAction {
  FREEZE = 'FREEZE',
  WITHDRAW_CONSENT = 'WITHDRAW_CONSENT',
  NEW_EXTRACT = 'NEW_EXTRACT',
}

registerEnumType(CertificateAction, {
  name: 'CertificateAction',
  valuesConfig: {
    FREEZE: { description: '«Заморозить»' },
    WITHDRAW_CONSENT: { description: '«Отозвать согласие»' },
    NEW_EXTRACT: { description: '«Сформировать новую выписку/Изменить пароль»' },
  },
});

const { NOT_ACTIVATED, ACTIVATED, FROZEN, CONSENT_WITHDRAWN } = CertificateStatus;

const ACTIONS: Record<CertificateAction, { from: readonly CertificateStatus[]; to: CertificateStatus | null }> = {
  // Seed 001: «по отношению к активированному сертификату возможно применить процедуру заморозки».
  [CertificateAction.FREEZE]: { from: [ACTIVATED], to: FROZEN },
  // Seed 001: the consent «на активацию сертификата» of a duplicate, activated certificate.
  [CertificateAction.WITHDRAW_CONSENT]: { from: [ACTIVATED], to: CONSENT_WITHDRAWN },
  // A parent who «получил заявление и не получил сертификат»: before or after the activation.
  [CertificateAction.NEW_EXTRACT]: { from: [NOT_ACTIVATED, ACTIVATED], to: null },
};

/** Who may take each action, by role and rights alone (the municipality is `actsInMunicipality`). */
export const certificateRights = {
  /** «Заморозить», «Отозвать согласие»: the municipality's registry operator, and the regional one. */
  changeCertificateStatus: (identity: Identity) =>
    identity.role === 'MUNICIPAL_OPERATOR' || identity.role === 'REGIONAL_OPERATOR',
  /** «Сформировать новую выписку»: the registry operators, and a reception organization with both rights. */
  issueExtracts: (identity: Identity) =>
    identity.role === 'MUNICIPAL_OPERATOR' ||
    identity.role === 'REGIONAL_OPERATOR' ||
    (identity.role === 'ORG_OPERATOR' && identity.canViewPersonalData && identity.canConfirmApplications),
  /** The certificates that never reached the navigator, and sending them: the regional operator. */
  resendToNavigator: (identity: Identity) => identity.role === 'REGIONAL_OPERATOR',
} satisfies Record<string, (identity: Identity) => boolean>;

const RIGHT_OF: Record<CertificateAction, keyof typeof certificateRights> = {
  [CertificateAction.FREEZE]: 'changeCertificateStatus',
  [CertificateAction.WITHDRAW_CONSENT]: 'changeCertificateStatus',
  [CertificateAction.NEW_EXTRACT]: 'issueExtracts',
};

/** The actions the caller may take on the certificate now: its status, the caller's rights and municipality. */
export function allowedCertificateActions(
  identity: Identity | null,
  certificate: { status: CertificateStatus; municipalityId: string },
): CertificateAction[] {
  if (!identity || !actsInMunicipality(identity, certificate.municipalityId)) return [];
  return Object.values(CertificateAction).filter(
    (action) => ACTIONS[action].from.includes(certificate.status) && certificateRights[RIGHT_OF[action]](identity),
  );
}

const ACTION_NAMES: Record<CertificateAction, string> = {
  FREEZE: 'Заморозить',
  WITHDRAW_CONSENT: 'Отозвать согласие',
  NEW_EXTRACT: 'Сформировать новую выписку',
};

/** The certificate's status after `action`, or ACTION_NOT_ALLOWED_IN_STATUS naming the status it is in. */
export function certificateStatusAfter(status: CertificateStatus, action: CertificateAction): CertificateStatus {
  if (ACTIONS[action].from.includes(status)) return ACTIONS[action].to ?? status;
  throw domainError(
    ErrorCode.ActionNotAllowedInStatus,
    `«${ACTION_NAMES[action]}» нельзя: сертификат ${CERTIFICATE_STATUS_NAMES[status].toLowerCase()}`,
    { status },
  );
}
