import express, { Router } from 'express';
import { DataSource } from 'typeorm';
import { checkBody, ErrorCode, InternalRefusal, navigatorCertificateRoute } from '@pfdo/contracts';
import { callerOf } from '@pfdo/platform';
import { RegisteredCertificateEntity } from './registered-certificate.entity';

export const REGISTER_CERTIFICATE_PATH = navigatorCertificateRoute.pattern;

/** The registry hands a certificate over («Отправить в ПФДО»); sending it again updates it (idempotent). */
export function registryRoutes(dataSource: DataSource) {
  return (router: Router) => {
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
