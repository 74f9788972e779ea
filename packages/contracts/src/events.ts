import { z } from 'zod/v4';
import { address, id, text } from './fields';
import { mailMessage } from './mail-message';

/**
 * Every event one service publishes to another through its outbox: the topic, who writes it, who receives
 * it, and its payload. The producer's `enqueueEvent` checks a payload against `enqueued` before anything is
 * written; the receiver's `/internal/events` checks the payload it gets against `payload` at the door.
 */

/** certificates → email: a citizen's application waits for its e-mail to be confirmed. */
export const emailConfirmationRequested = z.strictObject({
  applicationId: id(),
  applicationNumber: text(32),
  municipalityId: id(),
  email: address(),
  requestedByUserId: id(),
});

/** email → certificates: the applicant followed the link. */
export const emailConfirmed = z.strictObject({
  applicationId: id(),
  confirmedAt: z.iso.datetime({ offset: true }),
});

/** certificates → organizations: a new certificate; its holder's navigator cabinet (only the password's hash travels). */
export const certificateIssued = z.strictObject({
  certificateId: id(),
  number: z.string().regex(/^\d{10}$/),
  passwordHash: text(512),
  childFullName: text(400),
  municipalityId: id(),
});

/** certificates → organizations: a certificate annulled before activation; its cabinet is closed. */
export const certificateAnnulled = z.strictObject({
  certificateId: id(),
});

/**
 * certificates → navigator: a certificate's status changed in the registry («Заморозить», «Отозвать согласие»);
 * the navigator's copy takes it, so that a frozen certificate is not used for enrollment.
 */
export const certificateStatusChanged = z.strictObject({
  certificateId: id(),
  number: z.string().regex(/^\d{10}$/),
  status: text(40),
});

/**
 * certificates → navigator: certificates moved to another group (a confirmed change of group or municipality,
 * or a batch of the mass change), so that the navigator's copies count with the right group's settings. One
 * event per batch, never more certificates than a batch of the mass change holds.
 */
export const certificatesRegrouped = z.strictObject({
  certificateIds: z.array(id()).min(1).max(1000),
  municipalityId: id(),
  groupId: id(),
  groupName: text(500),
});

const organizationApplication = {
  applicationId: id(),
  /** The reception organization's e-mail (its operator's login). */
  to: address(),
  organizationName: text(500),
  applicationNumber: text(32),
  childFullName: text(400),
  navigatorLogin: text(32),
  navigatorPassword: text(128),
};

/**
 * certificates → email: a reception organization entered an application; mail it the filled form and the
 * child's navigator login and password. The producer writes it without the form, which is rendered as the
 * event leaves the outbox: what the receiver gets always carries `formPdfBase64`.
 */
export const organizationApplicationCreated = z.strictObject({
  ...organizationApplication,
  formPdfBase64: z.base64().min(1),
});
export const organizationApplicationCreatedEnqueued = z.strictObject({
  ...organizationApplication,
  /** Only in events written before the form was rendered on delivery. */
  formPdfBase64: z.base64().min(1).optional(),
});

/**
 * certificates → email: «Сформировать новую выписку» sent to the representative's confirmed e-mail. The
 * extract (PDF) carries the cabinet's new password, so the producer's outbox drops it once the e-mail subgraph
 * has it, and the e-mail subgraph's once it is sent.
 */
export const certificateExtractMailRequested = z.strictObject({
  certificateId: id(),
  number: z.string().regex(/^\d{10}$/),
  to: address(),
  childFullName: text(400),
  extractPdfBase64: z.base64().min(1),
});

/**
 * The steps an applicant hears of by e-mail (docs/domain.md §4, «The applicant's status e-mails»). Activation, refusal and freezing change what
 * the family may do and are always sent; the others are optional and each user may turn them off.
 */
export const STATUS_MAIL_KINDS = [
  'DOCUMENTS_RECEIVED',
  'CERTIFICATE_ACTIVATED',
  'APPLICATION_REFUSED',
  'MUNICIPALITY_CHANGED',
  'PERSONAL_DATA_CLARIFIED',
  'GROUP_CHANGED',
  'CERTIFICATE_FROZEN',
  'EXTRACT_ISSUED',
] as const;
export type StatusMailKind = (typeof STATUS_MAIL_KINDS)[number];

export const MANDATORY_STATUS_MAIL_KINDS: ReadonlySet<StatusMailKind> = new Set([
  'CERTIFICATE_ACTIVATED',
  'APPLICATION_REFUSED',
  'CERTIFICATE_FROZEN',
]);

export const OPTIONAL_STATUS_MAIL_KINDS: readonly StatusMailKind[] = STATUS_MAIL_KINDS.filter(
  (kind) => !MANDATORY_STATUS_MAIL_KINDS.has(kind),
);

export function isStatusMailKind(value: unknown): value is StatusMailKind {
  return typeof value === 'string' && (STATUS_MAIL_KINDS as readonly string[]).includes(value);
}

/**
 * certificates → email: a step of an application or its certificate, to be mailed to the applicant's confirmed
 * e-mail. Only the facts the message shows: never the child's name or documents, never a password.
 */
export const statusMailRequested = z.strictObject({
  kind: z.enum(STATUS_MAIL_KINDS),
  applicationNumber: z.string().regex(/^\d{8}$/),
  to: address(),
  /** The applicant's user, whose «Настройка уведомлений» decides on optional kinds. */
  userId: id(),
  /** The certificate's number (the navigator's login), when the step concerns one. */
  certificateNumber: z
    .string()
    .regex(/^\d{10}$/)
    .optional(),
  /** A refusal's or a freeze's reason, as the operator wrote it. */
  reason: text(1000).optional(),
  /** The certificate's group after a change of group or municipality. */
  groupName: text(500).optional(),
});

/** The services that produce or receive events; `smtp` is the mail server, reached by the email subgraph's relay. */
export type EventParty = 'certificates' | 'organizations' | 'navigator' | 'email' | 'smtp';

interface TopicContract {
  producer: EventParty;
  consumer: EventParty;
  /** What the consumer gets. */
  payload: z.ZodType<Record<string, unknown>>;
  /** What the producer writes, when it differs from what the consumer gets (a relay completes it). */
  enqueued?: z.ZodType<Record<string, unknown>>;
}

/** Every topic: the one list producers, relays and receivers read. */
export const TOPICS = {
  'application.email-confirmation-requested': {
    producer: 'certificates',
    consumer: 'email',
    payload: emailConfirmationRequested,
  },
  'application.email-confirmed': { producer: 'email', consumer: 'certificates', payload: emailConfirmed },
  'certificate.issued': { producer: 'certificates', consumer: 'organizations', payload: certificateIssued },
  'certificate.annulled': { producer: 'certificates', consumer: 'organizations', payload: certificateAnnulled },
  'certificate.status-changed': {
    producer: 'certificates',
    consumer: 'navigator',
    payload: certificateStatusChanged,
  },
  'certificate.regrouped': {
    producer: 'certificates',
    consumer: 'navigator',
    payload: certificatesRegrouped,
  },
  'organization.application-created': {
    producer: 'certificates',
    consumer: 'email',
    payload: organizationApplicationCreated,
    enqueued: organizationApplicationCreatedEnqueued,
  },
  'certificate.extract-mail-requested': {
    producer: 'certificates',
    consumer: 'email',
    payload: certificateExtractMailRequested,
  },
  'application.status-mail-requested': {
    producer: 'certificates',
    consumer: 'email',
    payload: statusMailRequested,
  },
  'smtp.send': { producer: 'email', consumer: 'smtp', payload: mailMessage },
} as const satisfies Record<string, TopicContract>;

export type TopicName = keyof typeof TOPICS;

/** The topics by a name code can use: `Topic.certificateIssued`. */
export const Topic = {
  emailConfirmationRequested: 'application.email-confirmation-requested',
  emailConfirmed: 'application.email-confirmed',
  certificateIssued: 'certificate.issued',
  certificateAnnulled: 'certificate.annulled',
  certificateStatusChanged: 'certificate.status-changed',
  certificatesRegrouped: 'certificate.regrouped',
  organizationApplicationCreated: 'organization.application-created',
  certificateExtractMailRequested: 'certificate.extract-mail-requested',
  statusMailRequested: 'application.status-mail-requested',
  sendMail: 'smtp.send',
} as const satisfies Record<string, TopicName>;

/** What the consumer of a topic gets. */
export type EventPayload<T extends TopicName> = z.infer<(typeof TOPICS)[T]['payload']>;

/** What the producer of a topic writes. */
export type EnqueuedPayload<T extends TopicName> = (typeof TOPICS)[T] extends { enqueued: z.ZodType<infer P> }
  ? P
  : EventPayload<T>;

/** The map topic → payload, for handlers' tables. */
export type EventPayloads = { [T in TopicName]: EventPayload<T> };

export function isTopic(value: unknown): value is TopicName {
  return typeof value === 'string' && Object.hasOwn(TOPICS, value);
}

export function topicsProducedBy(party: EventParty): TopicName[] {
  return (Object.keys(TOPICS) as TopicName[]).filter((topic) => TOPICS[topic].producer === party);
}

export function topicsConsumedBy(party: EventParty): TopicName[] {
  return (Object.keys(TOPICS) as TopicName[]).filter((topic) => TOPICS[topic].consumer === party);
}

/** Thrown by a producer whose payload breaks its topic's contract: a programming error, nothing is written. */
export class EventContractError extends Error {
  constructor(
    readonly topic: string,
    readonly issues: string,
  ) {
    super(`event ${topic} breaks its contract: ${issues}`);
    this.name = 'EventContractError';
  }
}

/** Checks what a producer is about to write; throws EventContractError. */
export function checkEnqueued<T extends TopicName>(topic: T, payload: unknown): EnqueuedPayload<T> {
  if (!isTopic(topic)) throw new EventContractError(String(topic), 'unknown topic');
  const contract: TopicContract = TOPICS[topic];
  const parsed = (contract.enqueued ?? contract.payload).safeParse(payload);
  if (!parsed.success) throw new EventContractError(topic, z.prettifyError(parsed.error));
  return parsed.data as EnqueuedPayload<T>;
}

/** The outcome of a check: the value, or the issues in a few readable lines. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: string };

/** Checks what a receiver got for a topic against what the topic's consumer gets. */
export function checkPayload<T extends TopicName>(topic: T, payload: unknown): Checked<EventPayload<T>> {
  const parsed = (TOPICS[topic].payload as z.ZodType).safeParse(payload);
  return parsed.success
    ? { ok: true, value: parsed.data as EventPayload<T> }
    : { ok: false, issues: z.prettifyError(parsed.error) };
}
