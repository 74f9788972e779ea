import { registerEnumType } from 'type-graphql';

export enum CertificateStatus {
  NOT_ACTIVATED = 'NOT_ACTIVATED',
  ACTIVATED = 'ACTIVATED',
  FROZEN = 'FROZEN',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  ANNULLED = 'ANNULLED',
}

registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  valuesConfig: {
    NOT_ACTIVATED: { description: 'Не активирован' },
    ACTIVATED: { description: 'Активирован' },
    FROZEN: { description: 'Заморожен' },
    CONSENT_WITHDRAWN: { description: 'Согласие отозвано' },
    ANNULLED: { description: 'Аннулирован: по заявке отказано до активации' },
  },
});

/** A live certificate blocks another for the same child (docs/domain.md §6.1). */
export const LIVE_CERTIFICATE_STATUSES: readonly CertificateStatus[] = [
  CertificateStatus.NOT_ACTIVATED,
  CertificateStatus.ACTIVATED,
];

export const CERTIFICATE_STATUS_NAMES: Record<CertificateStatus, string> = {
  NOT_ACTIVATED: 'Не активирован',
  ACTIVATED: 'Активирован',
  FROZEN: 'Заморожен',
  CONSENT_WITHDRAWN: 'Согласие отозвано',
  ANNULLED: 'Аннулирован',
};
