import { EntityManager } from 'typeorm';
import { Caller } from '@pfdo/platform';

/** What this subgraph's audit log records: every change of its records, in the transaction of the change. */
export type OrganizationsAuditEvent = {
  action: 'ORGANIZATION_DETAILS_CHANGED';
  subjectId: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

export async function writeAudit(
  manager: EntityManager,
  caller: Caller,
  event: OrganizationsAuditEvent,
): Promise<void> {
  const identity = caller.identity;
  await manager.query(
    `INSERT INTO organizations.audit_events
       (actor_user_id, actor_role, actor_organization_id, actor_name, client_ip, action, subject_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      identity?.userId ?? null,
      identity?.role ?? null,
      identity?.organizationId ?? null,
      identity?.fullName ?? '',
      caller.clientIp ?? '',
      event.action,
      event.subjectId,
      event.before,
      event.after,
    ],
  );
}
