import { EntityManager } from 'typeorm';
import { Caller, PersonalDataRead, insertAuditEvent } from '@pfdo/platform';

/**
 * What the audit log records (docs/domain.md §3, 152-ФЗ): every reading of personal data by an operator and
 * every change of state, written in the transaction of the change itself.
 */
export type AuditEvent =
  | { action: 'DOCUMENT_ADDED'; subjectId: string; after: Record<string, unknown> }
  | { action: 'APPLICATION_SUBMITTED'; subjectId: string; after: Record<string, unknown> }
  | {
      action: 'APPLICATION_EMAIL_CONFIRMED';
      subjectId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  | { action: 'CERTIFICATE_ISSUED'; subjectId: string; after: Record<string, unknown> }
  | { action: 'APPLICATION_FORM_READ'; subjectId: string }
  /** A search of the register by a document's series or number; the subject is the operator who searched. */
  | { action: 'DOCUMENT_SEARCHED'; subjectId: string; after: Record<string, unknown> }
  | { action: 'DOCUMENTS_RECEIVED'; subjectId: string; before: Record<string, unknown>; after: Record<string, unknown> }
  | {
      action: 'PERSONAL_DATA_CONFIRMED';
      subjectId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  | {
      action: 'APPLICATION_REFUSED';
      subjectId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  | { action: 'APPLICATION_EDITED'; subjectId: string; before: Record<string, unknown>; after: Record<string, unknown> }
  | { action: 'SENT_TO_NAVIGATOR'; subjectId: string; after: Record<string, unknown> }
  /** «Заморозить»: the reason in `after`; the actor, his IP address and the time in the row. */
  | { action: 'CERTIFICATE_FROZEN'; subjectId: string; before: Record<string, unknown>; after: Record<string, unknown> }
  | { action: 'CONSENT_WITHDRAWN'; subjectId: string; before: Record<string, unknown>; after: Record<string, unknown> }
  /** A new extract with a new cabinet password (never the password itself). */
  | { action: 'EXTRACT_ISSUED'; subjectId: string; after: Record<string, unknown> }
  /** «Группы сертификатов»: the subject is the group. */
  | { action: 'CERTIFICATE_GROUP_IMPORTED'; subjectId: string; after: Record<string, unknown> }
  | {
      action:
        | 'CERTIFICATE_GROUP_EDITED'
        | 'CERTIFICATE_GROUP_BLOCKED'
        | 'CERTIFICATE_GROUP_UNBLOCKED'
        | 'CERTIFICATE_GROUP_DELETED';
      subjectId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  /** «Пакетные обработки»: the subject is the job; each certificate it moves gets CERTIFICATE_GROUP_CHANGED. */
  | { action: 'GROUP_CHANGE_STARTED'; subjectId: string; after: Record<string, unknown> }
  /** Written set-based by the job's batches (group-change.service.ts), one per certificate moved. */
  | {
      action: 'CERTIFICATE_GROUP_CHANGED';
      subjectId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  /** «Положение о ПДО» of a municipality (the subject): a new version uploaded, or its excerpt changed. */
  | { action: 'REGULATION_UPLOADED'; subjectId: string; after: Record<string, unknown> }
  | {
      action: 'REGULATION_EXCERPT_CHANGED';
      subjectId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  /** «Мои параметры»: the municipality's activation notice and support phones for parents. */
  | {
      action: 'CITIZEN_NOTICE_CHANGED';
      subjectId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  | {
      action: 'CERTIFICATE_CHANGED';
      subjectId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    };

export async function writeAudit(manager: EntityManager, caller: Caller | null, event: AuditEvent): Promise<void> {
  await insertAuditEvent(manager, 'certificates', caller, event);
}

/** An operator's readings of personal data in one request, written as one statement once it is answered. */
export async function writePersonalDataReads(
  manager: EntityManager,
  caller: Caller,
  reads: PersonalDataRead[],
): Promise<void> {
  if (reads.length === 0 || !caller.identity) return;
  const { identity } = caller;
  await manager.query(
    `INSERT INTO certificates.audit_events (actor_user_id, actor_role, actor_organization_id, client_ip, action, subject_id, after, actor_name)
     SELECT $1, $2, $3, $4, 'PERSONAL_DATA_READ', read.subject_id, jsonb_build_object('type', read.subject_type, 'fields', read.fields), $6
       FROM jsonb_to_recordset($5::jsonb) AS read(subject_id uuid, subject_type text, fields jsonb)`,
    [
      identity.userId,
      identity.role,
      identity.organizationId,
      caller.clientIp,
      JSON.stringify(
        reads.map((read) => ({ subject_id: read.subjectId, subject_type: read.subjectType, fields: read.fields })),
      ),
      identity.fullName,
    ],
  );
}
