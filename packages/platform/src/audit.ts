import { EntityManager } from 'typeorm';
import type { Caller } from './identity';

/** One change as a subgraph's audit log records it: what was done to which subject, before and after. */
export interface AuditRecord {
  action: string;
  subjectId: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * Writes one row of `<schema>.audit_events` (every subgraph that audits has the same table): the actor as the
 * caller's identity says (or the calling service), his IP address, the action, and the state before and after.
 * Each subgraph's `writeAudit` names its own actions and calls this in the transaction of the change.
 */
export async function insertAuditEvent(
  manager: EntityManager,
  schema: string,
  caller: Caller | null,
  event: AuditRecord,
): Promise<void> {
  const identity = caller?.identity ?? null;
  await manager.query(
    `INSERT INTO "${schema}".audit_events
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
      event.before ?? null,
      event.after ?? null,
      identity?.fullName ?? '',
    ],
  );
}
