import { EntityManager } from 'typeorm';
import { Caller, insertAuditEvent } from '@pfdo/platform';

/** A group setting as the audit log keeps it: every column the operator can change, money in kopecks. */
export type GroupSettingSnapshot = Record<string, unknown>;

/**
 * What this subgraph's audit log records: every change of a group setting by an operator, written in the
 * transaction of the change itself (the shape of certificates.audit_events).
 */
export type AuditEvent =
  | { action: 'GROUP_SETTING_CREATED'; subjectId: string; after: GroupSettingSnapshot }
  | { action: 'GROUP_SETTING_EDITED'; subjectId: string; before: GroupSettingSnapshot; after: GroupSettingSnapshot };

export async function writeAudit(manager: EntityManager, caller: Caller | null, event: AuditEvent): Promise<void> {
  await insertAuditEvent(manager, 'navigator', caller, event);
}
