import { registerEnumType } from 'type-graphql';

export enum CertificateStatus {
  NOT_ACTIVATED = 'NOT_ACTIVATED',
  ACTIVATED = 'ACTIVATED',
  FROZEN = 'FROZEN',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
}

registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  valuesConfig: {
    NOT_ACTIVATED: { description: 'Не активирован' },
    ACTIVATED: { description: 'Активирован' },
    FROZEN: { description: 'Заморожен' },
    CONSENT_WITHDRAWN: { description: 'Согласие отозвано' },
  },
});
