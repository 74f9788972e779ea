import { EntityManager } from 'typeorm';
import { Caller, insertAuditEvent } from '@pfdo/platform';

/** A group setting as the audit log keeps it: every column the operator can change, money in kopecks. */
export type GroupSettingSnapshot = Record<string, unknown>;

/** An enrollment request or contract as the audit log keeps it: its status and its money, in kopecks. */
export interface ContractSnapshot extends Record<string, unknown> {
  number: string;
  certificateId: string;
  groupId: string;
  status: string;
  reservedKopecks: number;
  costKopecks?: number;
  refusalReason?: string;
  /** A prolongation: the contract it continues. */
  prolongedFrom?: string;
  cancellationReason?: string;
  acceptsAt?: string;
  financialYear?: number;
  /** A provider's request on the holder's behalf, and what his protection mode demanded of it. */
  onBehalf?: { organizationId: string; confirmedBy: string };
}

/** The holder's protection mode as the audit log keeps it: the mode, and whether a code phrase is set (never it). */
export interface ProtectionSnapshot extends Record<string, unknown> {
  mode: string;
  codePhraseSet: boolean;
}

/** One month's payment of a contract as the audit log keeps it, money in kopecks. */
export interface PaymentSnapshot extends Record<string, unknown> {
  contractNumber: string;
  month: string;
  amountKopecks: number;
  advanceKopecks: number | null;
  settlementKopecks: number | null;
}

/** «Оценить программу»: the four parameters, in whole percent. */
export interface RatingSnapshot extends Record<string, unknown> {
  content: number;
  teacher: number;
  conditions: number;
  result: number;
}

/** A news item as the audit log keeps it. */
export interface NewsSnapshot extends Record<string, unknown> {
  title: string;
  body: string;
  published: boolean;
}

/** A portfolio item as the audit log keeps it (the file by its id, never its bytes). */
export interface PortfolioSnapshot extends Record<string, unknown> {
  certificateId: string;
  title: string;
  kind: string;
  achievedOn: string;
  eventOrProgram: string;
  addedByOrganizationId: string | null;
  fileId: string | null;
}

/**
 * What this subgraph's audit log records: every change of a group setting by an operator, and every change of an
 * enrollment request's or contract's status and money, written in the transaction of the change itself (the shape
 * of certificates.audit_events).
 */
export type AuditEvent =
  | { action: 'GROUP_SETTING_CREATED'; subjectId: string; after: GroupSettingSnapshot }
  | { action: 'GROUP_SETTING_EDITED'; subjectId: string; before: GroupSettingSnapshot; after: GroupSettingSnapshot }
  | { action: 'ENROLLMENT_REQUESTED'; subjectId: string; after: ContractSnapshot }
  | {
      action: 'ENROLLMENT_CONFIRMED' | 'ENROLLMENT_REFUSED' | 'ENROLLMENT_CANCELLED';
      subjectId: string;
      before: ContractSnapshot;
      after: ContractSnapshot;
    }
  | { action: 'PROTECTION_MODE_CHANGED'; subjectId: string; before: ProtectionSnapshot; after: ProtectionSnapshot }
  | {
      action: 'PAYMENT_ADVANCE_RECORDED' | 'PAYMENT_SETTLED';
      subjectId: string;
      before: PaymentSnapshot;
      after: PaymentSnapshot;
    }
  // «Пролонгировать» (the provider): the new row, for the next period.
  | { action: 'CONTRACT_PROLONGED'; subjectId: string; after: ContractSnapshot }
  // The holder's acceptance or refusal; the schedule's (caller null): accepted by itself, started, ended.
  | {
      action:
        | 'PROLONGATION_ACCEPTED'
        | 'PROLONGATION_REFUSED'
        | 'PROLONGATION_ACCEPTED_BY_DEFAULT'
        | 'CONTRACT_STARTED'
        | 'CONTRACT_ENDED';
      subjectId: string;
      before: ContractSnapshot;
      after: ContractSnapshot;
    }
  // The holder's rating of his contract's program (subject: the contract), and its change within the month.
  | { action: 'PROGRAM_RATED'; subjectId: string; after: RatingSnapshot }
  | { action: 'PROGRAM_RATING_CHANGED'; subjectId: string; before: RatingSnapshot; after: RatingSnapshot }
  // The help behind the «?» (the regional operator): the article as it was and became.
  | {
      action: 'HELP_ARTICLE_SAVED';
      subjectId: string;
      before?: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  | { action: 'HELP_ARTICLE_DELETED'; subjectId: string; before: Record<string, unknown> }
  // «НОКО»: the region's switch; a certificate's answer (its year only, never the answers).
  | { action: 'NOKO_ENABLED_SET'; subjectId: string; before: { enabled: boolean }; after: { enabled: boolean } }
  | { action: 'NOKO_ANSWERED'; subjectId: string; after: { year: number } }
  // «НОВОСТИ»: published, edited, unpublished by their author.
  | { action: 'NEWS_PUBLISHED'; subjectId: string; after: NewsSnapshot }
  | { action: 'NEWS_EDITED' | 'NEWS_UNPUBLISHED'; subjectId: string; before: NewsSnapshot; after: NewsSnapshot }
  // «МЕРОПРИЯТИЯ»: the provider's event; a holder's request to take part, and its cancellation (subject: the event).
  | { action: 'EVENT_PUBLISHED'; subjectId: string; after: Record<string, unknown> }
  | {
      action: 'EVENT_PARTICIPATION_REQUESTED' | 'EVENT_PARTICIPATION_CANCELLED';
      subjectId: string;
      after: { certificateId: string; placesTaken: number };
    }
  // The provider read the event's participants (certificate numbers): a reading of personal data by staff.
  | { action: 'EVENT_PARTICIPANTS_READ'; subjectId: string; after: { participants: number } }
  // «ПОРТФОЛИО»: an item added (by the family or a provider) or deleted.
  | { action: 'PORTFOLIO_ITEM_ADDED'; subjectId: string; after: PortfolioSnapshot }
  | { action: 'PORTFOLIO_ITEM_DELETED'; subjectId: string; before: PortfolioSnapshot }
  // «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ»: which of the representative's and the address's fields changed (never their values).
  | { action: 'HOLDER_SETTINGS_CHANGED'; subjectId: string; after: { changed: string[] } }
  | {
      action: 'PERSONAL_DATA_CONSENT_GIVEN';
      subjectId: string;
      before: { version: string | null };
      after: { version: string };
    }
  // «Справка о посещении кружков»: the new one, and how many earlier ones it revoked.
  | {
      action: 'ATTENDANCE_CERTIFICATE_ISSUED';
      subjectId: string;
      after: { attendanceCertificateId: string; enrollments: number; revoked: number };
    };

export async function writeAudit(manager: EntityManager, caller: Caller | null, event: AuditEvent): Promise<void> {
  await insertAuditEvent(manager, 'navigator', caller, event);
}
