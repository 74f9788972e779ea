import express, { Router } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import {
  checkBody,
  ErrorCode,
  EventPayload,
  InternalRefusal,
  navigatorCertificateBlockersRoute,
  NavigatorCertificateBlockers,
  navigatorCertificateRoute,
  Topic,
} from '@pfdo/contracts';
import { callerOf, eventRoutes } from '@pfdo/platform';
import { SCHEMA } from '../data-source';
import { RegisteredCertificateEntity } from './registered-certificate.entity';

export const REGISTER_CERTIFICATE_PATH = navigatorCertificateRoute.pattern;

/**
 * The registry changed a certificate's status («Заморозить», «Отозвать согласие»): the navigator's copy takes
 * it, if it has one (a certificate never handed over gets its status with the hand-over).
 */
export async function applyCertificateStatus(
  manager: EntityManager,
  { certificateId, status }: EventPayload<typeof Topic.certificateStatusChanged>,
): Promise<void> {
  await manager.update(RegisteredCertificateEntity, { certificateId }, { status });
}

/**
 * The registry moved certificates to another group (or municipality): the navigator's copies take it, those it
 * has (a certificate never handed over gets its group with the hand-over).
 */
export async function applyCertificatesRegrouped(
  manager: EntityManager,
  { certificateIds, municipalityId, groupId, groupName }: EventPayload<typeof Topic.certificatesRegrouped>,
): Promise<void> {
  await manager.query(
    `UPDATE navigator.registered_certificates
        SET municipality_id = $2, group_id = $3, group_name = $4, updated_at = now()
      WHERE certificate_id = ANY($1::uuid[])`,
    [certificateIds, municipalityId, groupId, groupName],
  );
}

/**
 * What forbids withdrawing the consent to a certificate: its enrollment requests, enrollments and active
 * contracts. The navigator keeps none of them yet (docs/domain.md §4: enrollment is not built
 * yet), so every count is 0; each is to be counted here from its table once the table exists.
 */
async function certificateBlockers(): Promise<NavigatorCertificateBlockers> {
  return { enrollmentRequests: 0, enrollments: 0, activeContracts: 0 };
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
      response.json(await certificateBlockers());
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
      const certificateId = params.value.id;
      const { number, status, municipalityId, groupId, groupName } = body.value;
      await dataSource
        .createQueryBuilder()
        .insert()
        .into(RegisteredCertificateEntity)
        .values({
          certificateId,
          number,
          status,
          municipalityId,
          groupId,
          groupName,
        })
        .orUpdate(['number', 'status', 'municipality_id', 'group_id', 'group_name', 'updated_at'], ['certificate_id'])
        .execute();
      response.status(204).end();
    });
  };
}
