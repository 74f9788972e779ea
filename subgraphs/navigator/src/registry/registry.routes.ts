import express, { Router } from 'express';
import { DataSource } from 'typeorm';
import { callerOf, isUuid } from '@pfdo/platform';
import { RegisteredCertificateEntity } from './registered-certificate.entity';

export const REGISTER_CERTIFICATE_PATH = '/internal/certificates';

/** The registry hands a certificate over («Отправить в ПФДО»); sending it again updates it (idempotent). */
export function registryRoutes(dataSource: DataSource) {
  return (router: Router) => {
    router.put(`${REGISTER_CERTIFICATE_PATH}/:id`, express.json({ limit: '16kb' }), async (request, response) => {
      if (!callerOf(response).service) {
        response.status(403).end();
        return;
      }
      const body = request.body as Partial<RegisteredCertificateEntity>;
      const certificateId = String(request.params.id);
      if (
        !isUuid(certificateId) ||
        !body.number ||
        !body.status ||
        !isUuid(body.municipalityId ?? '') ||
        !isUuid(body.groupId ?? '')
      ) {
        response.status(400).json({ error: 'incomplete certificate' });
        return;
      }
      await dataSource
        .createQueryBuilder()
        .insert()
        .into(RegisteredCertificateEntity)
        .values({
          certificateId,
          number: body.number,
          status: body.status,
          municipalityId: body.municipalityId!,
          groupId: body.groupId!,
          groupName: body.groupName ?? '',
        })
        .orUpdate(['number', 'status', 'municipality_id', 'group_id', 'group_name', 'updated_at'], ['certificate_id'])
        .execute();
      response.status(204).end();
    });
  };
}
