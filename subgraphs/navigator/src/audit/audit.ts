import { EntityManager } from 'typeorm';
import { Caller } from '@pfdo/platform';

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
  const identity = caller?.identity ?? null;
  await manager.query(
    `INSERT INTO navigator.audit_events
       (actor_user_id, actor_role, actor_organization_id, actor_service, client_ip, action, subject_id, before, after, actor_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      identity?.userId ?? null,
      identity?.role ?? null,
      identity?.organizationId ?? null,
      caller?.service ?? null,
      caller?.clientIp ?? '',
      event.action,
      event.subjectId,
      'before' in event ? event.before : null,
      event.after,
      identity?.fullName ?? '',
    ],
  );
}
