import { EntityManager } from 'typeorm';
import { Caller, insertAuditEvent } from '@pfdo/platform';

/** What a staff account looks like in the audit log: never its password or its hash. */
export type StaffAccountSnapshot = Record<string, unknown>;

/**
 * What this subgraph's audit log records: every change of a staff account or an API key by an operator and of an
 * organization's details («Мои параметры»), written in the transaction of the change itself (the shape of
 * certificates.audit_events).
 */
export type AuditEvent =
  | {
      action: 'ORGANIZATION_DETAILS_CHANGED';
      subjectId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  | { action: 'STAFF_ACCOUNT_CREATED'; subjectId: string; after: StaffAccountSnapshot }
  | { action: 'STAFF_ACCOUNT_EDITED'; subjectId: string; before: StaffAccountSnapshot; after: StaffAccountSnapshot }
  | { action: 'STAFF_ACCOUNT_BLOCKED'; subjectId: string; before: StaffAccountSnapshot; after: StaffAccountSnapshot }
  | { action: 'STAFF_ACCOUNT_UNBLOCKED'; subjectId: string; before: StaffAccountSnapshot; after: StaffAccountSnapshot }
  /** `after` says only that the password changed and whether it was generated. */
  | { action: 'STAFF_ACCOUNT_PASSWORD_RESET'; subjectId: string; after: { generated: boolean; sessionsEnded: number } }
  /** A citizen's own «Изменить пароль»: his other sessions end; never the password or its hash. */
  | { action: 'OWN_PASSWORD_CHANGED'; subjectId: string; after: { sessionsEnded: number } }
  /** A certificate cabinet's «Забыли пароль?», by the e-mail subgraph after its one-time link was followed. */
  | { action: 'HOLDER_PASSWORD_RESET'; subjectId: string; after: { sessionsEnded: number } }
  /** A citizen's own «Изменить логин». */
  | { action: 'OWN_LOGIN_CHANGED'; subjectId: string; before: { login: string }; after: { login: string } }
  /** Partners' API keys («Ключи API»): a snapshot never holds the key or its hash. */
  | { action: 'API_KEY_ISSUED'; subjectId: string; after: Record<string, unknown> }
  | { action: 'API_KEY_REVOKED'; subjectId: string; before: Record<string, unknown>; after: Record<string, unknown> }
  | { action: 'API_KEY_ROTATED'; subjectId: string; before: Record<string, unknown>; after: Record<string, unknown> }
  /** «Только зарегистрированные операции» switched on or off. */
  | {
      action: 'API_KEY_REGISTERED_ONLY_SET';
      subjectId: string;
      before: { registeredOnly: boolean };
      after: { registeredOnly: boolean };
    }
  /** An operation registered for a key, or removed: its name and hash (the text is in api_key_operations). */
  | { action: 'API_KEY_OPERATION_REGISTERED'; subjectId: string; after: { sha256: string; name: string } }
  | { action: 'API_KEY_OPERATION_REMOVED'; subjectId: string; before: { sha256: string; name: string } }
  /** «Объединение кабинетов пользователя»: subject is the caller's cabinet; a refusal names the login tried. */
  | { action: 'CABINETS_LINKED'; subjectId: string; after: { linkedUserId: string; login: string } }
  | { action: 'CABINET_LINK_REFUSED'; subjectId: string; after: { login: string; reason: string } }
  | { action: 'CABINETS_UNLINKED'; subjectId: string; before: { linkedUserId: string } }
  /** The arrow next to the login: subject is the cabinet switched to. */
  | { action: 'CABINET_SWITCHED'; subjectId: string; after: { fromUserId: string } };

export async function writeAudit(manager: EntityManager, caller: Caller | null, event: AuditEvent): Promise<void> {
  await insertAuditEvent(manager, 'organizations', caller, event);
}
