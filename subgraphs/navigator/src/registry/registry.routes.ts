import express, { Router } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import {
  checkBody,
  ErrorCode,
  EventPayload,
  InternalRefusal,
  navigatorCertificateBlockersRoute,
  NavigatorCertificateBlockers,
  NavigatorCertificate,
  navigatorCertificateRoute,
  Topic,
} from '@pfdo/contracts';
import { callerOf, eventRoutes } from '@pfdo/platform';
import { SCHEMA } from '../data-source';
import { notifyHolder } from '../notifications/certificate-notification';

export const REGISTER_CERTIFICATE_PATH = navigatorCertificateRoute.pattern;

/**
 * The registry changed a certificate's status (activation, «Заморозить», «Отозвать согласие»): the navigator's
 * copy takes it, if it has one (a certificate never handed over gets its status with the hand-over), and the
 * holder's feed says so, in the inbox's transaction.
 */
export async function applyCertificateStatus(
  manager: EntityManager,
  { certificateId, status }: EventPayload<typeof Topic.certificateStatusChanged>,
): Promise<void> {
  await manager.query(
    `WITH changed AS (
       UPDATE navigator.registered_certificates SET status = $2, updated_at = now()
        WHERE certificate_id = $1 AND status <> $2
        RETURNING certificate_id)
     INSERT INTO navigator.certificate_notifications (certificate_id, kind, details)
     SELECT certificate_id, 'STATUS_CHANGED', jsonb_build_object('status', $2::text) FROM changed`,
    [certificateId, status],
  );
}

/**
 * The registry moved certificates to another group (or municipality): the navigator's copies take it, those it
 * has (a certificate never handed over gets its group with the hand-over), and each moved holder's feed says so,
 * in the same statement.
 */
export async function applyCertificatesRegrouped(
  manager: EntityManager,
  { certificateIds, municipalityId, groupId, groupName }: EventPayload<typeof Topic.certificatesRegrouped>,
): Promise<void> {
  await manager.query(
    `WITH moved AS (
       UPDATE navigator.registered_certificates
          SET municipality_id = $2, group_id = $3, group_name = $4, updated_at = now()
        WHERE certificate_id = ANY($1::uuid[])
          AND (municipality_id, group_id, group_name) IS DISTINCT FROM ($2::uuid, $3::uuid, $4::text)
        RETURNING certificate_id)
     INSERT INTO navigator.certificate_notifications (certificate_id, kind, details)
     SELECT certificate_id, 'REGROUPED', jsonb_build_object('groupName', $4::text) FROM moved`,
    [certificateIds, municipalityId, groupId, groupName],
  );
}

/**
 * A hand-over («Отправить в ПФДО», sent again as often as the registry likes): the copy is written and the
 * holder's feed told what is new — the first hand-over, or a status or group the events had not brought — in
 * one transaction, the copy's row locked so that two hand-overs of one certificate tell the feed once.
 */
async function handOver(dataSource: DataSource, certificateId: string, copy: NavigatorCertificate): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO navigator.registered_certificates (certificate_id, number, status, municipality_id, group_id, group_name)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (certificate_id) DO NOTHING RETURNING certificate_id`,
      [certificateId, copy.number, copy.status, copy.municipalityId, copy.groupId, copy.groupName],
    );
    if (inserted.length > 0) {
      await notifyHolder(manager, certificateId, {
        kind: 'HANDED_OVER',
        details: { status: copy.status, groupName: copy.groupName },
      });
      return;
    }
    const [before]: Array<{ status: string; group_id: string; group_name: string; municipality_id: string }> =
      await manager.query(
        `SELECT status, group_id, group_name, municipality_id FROM navigator.registered_certificates
          WHERE certificate_id = $1 FOR UPDATE`,
        [certificateId],
      );
    await manager.query(
      `UPDATE navigator.registered_certificates
          SET number = $2, status = $3, municipality_id = $4, group_id = $5, group_name = $6, updated_at = now()
        WHERE certificate_id = $1`,
      [certificateId, copy.number, copy.status, copy.municipalityId, copy.groupId, copy.groupName],
    );
    if (before.status !== copy.status) {
      await notifyHolder(manager, certificateId, { kind: 'STATUS_CHANGED', details: { status: copy.status } });
    }
    if (before.group_id !== copy.groupId || before.group_name !== copy.groupName) {
      await notifyHolder(manager, certificateId, { kind: 'REGROUPED', details: { groupName: copy.groupName } });
    }
  });
}

/**
 * What forbids withdrawing the consent to a certificate: its enrollment requests waiting for the provider, its
 * enrollments (confirmed contracts not active yet) and its active contracts (navigator.contracts).
 */
async function certificateBlockers(
  dataSource: DataSource,
  certificateId: string,
): Promise<NavigatorCertificateBlockers> {
  const [row]: NavigatorCertificateBlockers[] = await dataSource.query(
    `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS "enrollmentRequests",
            count(*) FILTER (WHERE status = 'CONFIRMED')::int AS enrollments,
            count(*) FILTER (WHERE status = 'ACTIVE')::int AS "activeContracts"
       FROM navigator.contracts WHERE certificate_id = $1`,
    [certificateId],
  );
  return row;
}

/**
 * The registry hands a certificate over («Отправить в ПФДО»); sending it again updates it (idempotent). Events
 * from the registry are received on the background pool.
 */
export function registryRoutes(dataSource: DataSource, background: DataSource) {
  const events = eventRoutes(background, SCHEMA, {
    [Topic.certificateStatusChanged]: applyCertificateStatus,
    [Topic.certificatesRegrouped]: applyCertificatesRegrouped,
  });
  return (router: Router) => {
    events(router);
    router.get(navigatorCertificateBlockersRoute.pattern, async (request, response) => {
      if (!callerOf(response).service) {
        response.status(403).end();
        return;
      }
      const params = checkBody(navigatorCertificateBlockersRoute.params, request.params);
      if (!params.ok) {
        const refusal: InternalRefusal = {
          error: { code: ErrorCode.BadRequest, message: `not a certificate id: ${params.issues}` },
        };
        response.status(400).json(refusal);
        return;
      }
      response.json(await certificateBlockers(dataSource, params.value.id));
    });
    router.put(REGISTER_CERTIFICATE_PATH, express.json({ limit: '16kb' }), async (request, response) => {
      if (!callerOf(response).service) {
        response.status(403).end();
        return;
      }
      const params = checkBody(navigatorCertificateRoute.params, request.params);
      const body = checkBody(navigatorCertificateRoute.request, request.body);
      if (!params.ok || !body.ok) {
        const issues = [params, body].flatMap((checked) => (checked.ok ? [] : [checked.issues]));
        const refusal: InternalRefusal = {
          error: { code: ErrorCode.BadRequest, message: `not a certificate: ${issues.join('; ')}` },
        };
        response.status(400).json(refusal);
        return;
      }
      await handOver(dataSource, params.value.id, body.value);
      response.status(204).end();
    });
  };
}
