import { EnqueuedPayload, EventPayload, TopicName } from './events';

/**
 * One example of each topic as its producer writes it and as its consumer gets it, and ways of breaking it:
 * the contract tests use them on both sides, and they show at a glance what travels.
 */
export interface TopicExample<T extends TopicName> {
  enqueued: EnqueuedPayload<T>;
  delivered: EventPayload<T>;
  /** Payloads that break the contract: each must be refused by the producer and by the receiver. */
  broken: Array<[why: string, payload: unknown]>;
}

const ID = '3f0c6a4e-8d2b-4c1a-9e7f-0a1b2c3d4e5f';
const OTHER_ID = '00000000-0000-0000-0000-000000000042';
const PDF = Buffer.from('%PDF-1.7 example').toString('base64');

const organizationApplication = {
  applicationId: ID,
  to: 'org@demo.ru',
  organizationName: 'МБОУ «СОШ № 110»',
  applicationNumber: '42-2026-000123',
  childFullName: 'Иванова Софья Андреевна',
  navigatorLogin: '4200000123',
  navigatorPassword: 'kY7-pQ2-wX9',
};

const extractMail = {
  certificateId: ID,
  number: '4200000123',
  to: 'parent@example.ru',
  childFullName: 'Иванова Софья Андреевна',
  extractPdfBase64: PDF,
};
const statusMail = {
  kind: 'APPLICATION_REFUSED' as const,
  applicationNumber: '12345678',
  to: 'parent@example.ru',
  userId: ID,
  reason: 'Данные свидетельства о рождении не совпадают с оригиналом',
};

export const TOPIC_EXAMPLES: { [T in TopicName]: TopicExample<T> } = {
  'application.email-confirmation-requested': {
    enqueued: {
      applicationId: ID,
      applicationNumber: '42-2026-000123',
      municipalityId: OTHER_ID,
      email: 'parent@example.ru',
      requestedByUserId: OTHER_ID,
    },
    delivered: {
      applicationId: ID,
      applicationNumber: '42-2026-000123',
      municipalityId: OTHER_ID,
      email: 'parent@example.ru',
      requestedByUserId: OTHER_ID,
    },
    broken: [
      ['no e-mail', { applicationId: ID, applicationNumber: '1', municipalityId: ID, requestedByUserId: ID }],
      [
        'an id that is not one',
        { applicationId: 'x', applicationNumber: '1', municipalityId: ID, email: 'a@b.ru', requestedByUserId: ID },
      ],
    ],
  },
  'application.email-confirmed': {
    enqueued: { applicationId: ID, confirmedAt: '2026-11-30T02:00:00.000Z' },
    delivered: { applicationId: ID, confirmedAt: '2026-11-30T02:00:00.000Z' },
    broken: [
      ['a time that is not one', { applicationId: ID, confirmedAt: 'yesterday' }],
      ['no application', { confirmedAt: '2026-11-30T02:00:00.000Z' }],
    ],
  },
  'certificate.issued': {
    enqueued: {
      certificateId: ID,
      number: '4200000123',
      passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA',
      childFullName: 'Иванова Софья Андреевна',
      municipalityId: OTHER_ID,
    },
    delivered: {
      certificateId: ID,
      number: '4200000123',
      passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA',
      childFullName: 'Иванова Софья Андреевна',
      municipalityId: OTHER_ID,
    },
    broken: [
      [
        'the password itself instead of its hash',
        {
          certificateId: ID,
          number: '4200000123',
          password: 'kY7-pQ2-wX9',
          childFullName: 'Иванова Софья Андреевна',
          municipalityId: OTHER_ID,
        },
      ],
      [
        'a number of 9 digits',
        {
          certificateId: ID,
          number: '420000012',
          passwordHash: 'h',
          childFullName: 'Иванова Софья',
          municipalityId: OTHER_ID,
        },
      ],
    ],
  },
  'certificate.annulled': {
    enqueued: { certificateId: ID },
    delivered: { certificateId: ID },
    broken: [
      ['no certificate', {}],
      ['a number for an id', { certificateId: 42 }],
    ],
  },
  'certificate.status-changed': {
    enqueued: { certificateId: ID, number: '4200000012', status: 'FROZEN' },
    delivered: { certificateId: ID, number: '4200000012', status: 'FROZEN' },
    broken: [
      ['no status', { certificateId: ID, number: '4200000012' }],
      ['a number of 9 digits', { certificateId: ID, number: '420000012', status: 'FROZEN' }],
    ],
  },
  'certificate.regrouped': {
    enqueued: { certificateIds: [ID], municipalityId: OTHER_ID, groupId: OTHER_ID, groupName: 'Дети 5–18 лет' },
    delivered: { certificateIds: [ID], municipalityId: OTHER_ID, groupId: OTHER_ID, groupName: 'Дети 5–18 лет' },
    broken: [
      ['no certificates', { certificateIds: [], municipalityId: OTHER_ID, groupId: OTHER_ID, groupName: 'Дети' }],
      ['no group', { certificateIds: [ID], municipalityId: OTHER_ID, groupName: 'Дети' }],
    ],
  },
  'organization.application-created': {
    enqueued: organizationApplication,
    delivered: { ...organizationApplication, formPdfBase64: PDF },
    broken: [
      ['no password for the cabinet', { ...organizationApplication, navigatorPassword: undefined, formPdfBase64: PDF }],
      ['a form that is not base64', { ...organizationApplication, formPdfBase64: '%PDF not encoded' }],
    ],
  },
  'certificate.extract-mail-requested': {
    enqueued: extractMail,
    delivered: extractMail,
    broken: [
      ['no extract', { ...extractMail, extractPdfBase64: undefined }],
      ['the password beside the extract', { ...extractMail, password: 'kY7-pQ2-wX9' }],
    ],
  },
  'application.status-mail-requested': {
    enqueued: statusMail,
    delivered: statusMail,
    broken: [
      ['an unknown kind', { ...statusMail, kind: 'ENROLLED' }],
      ['the child’s name beside the facts', { ...statusMail, childFullName: 'Иванова Софья' }],
      ['a password', { ...statusMail, password: 'kY7-pQ2-wX9' }],
    ],
  },
  'smtp.send': {
    enqueued: { to: 'parent@example.ru', subject: 'Тема', text: 'Текст', html: '<p>Текст</p>' },
    delivered: { to: 'parent@example.ru', subject: 'Тема', text: 'Текст', html: '<p>Текст</p>' },
    broken: [
      ['no recipient', { subject: 'Тема', text: 'Текст', html: '<p>Текст</p>' }],
      [
        'an attachment without content',
        {
          to: 'parent@example.ru',
          subject: 'Тема',
          text: 'Текст',
          html: '<p>Текст</p>',
          attachments: [{ filename: 'a.pdf', contentType: 'application/pdf' }],
        },
      ],
    ],
  },
};
