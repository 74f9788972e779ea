import express, { Router } from 'express';
import { DataSource, In } from 'typeorm';
import {
  certificateHolderPasswordRoute,
  checkBody,
  ErrorCode,
  InternalRefusal,
  MunicipalityName,
  municipalitiesRoute,
  OrganizationName,
  organizationNamesRoute,
  Topic,
} from '@pfdo/contracts';
import { callerOf, eventRoutes, isUuid } from '@pfdo/platform';
import { sessionRoutes } from '../auth/auth.routes';
import { SCHEMA } from '../data-source';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ApiKeySecrets } from '../partners/api-key-secret';
import { apiKeyRoutes } from '../partners/api-key.routes';
import {
  changeCertificateHolderPassword,
  createCertificateHolder,
  removeCertificateHolder,
} from '../users/certificate-holder';

/**
 * Routes for the gateway and the other subgraphs, never for browsers (all need a credential). Events are
 * received on the background pool: a flood of requests does not hold them up, nor they the requests.
 */
export function internalRoutes(dataSource: DataSource, background: DataSource, apiKeySecrets: ApiKeySecrets) {
  const sessions = sessionRoutes(dataSource);
  const apiKeys = apiKeyRoutes(dataSource, background, apiKeySecrets);
  const events = eventRoutes(background, SCHEMA, {
    [Topic.certificateIssued]: createCertificateHolder,
    [Topic.certificateAnnulled]: removeCertificateHolder,
  });
  return (router: Router) => {
    sessions(router);
    apiKeys(router);
    events(router);
    router.get(municipalitiesRoute.path, async (request, response) => {
      if (!callerOf(response).service) {
        response.status(403).end();
        return;
      }
      const ids = String(request.query.ids ?? '')
        .split(',')
        .filter(isUuid);
      const rows = ids.length ? await dataSource.getRepository(MunicipalityEntity).findBy({ id: In(ids) }) : [];
      response.json(rows.map(({ id, name }): MunicipalityName => ({ id, name })));
    });
    router.put(certificateHolderPasswordRoute.pattern, express.json({ limit: '4kb' }), async (request, response) => {
      // Only the certificates subgraph changes a cabinet's password, after its own checks of the operator.
      if (callerOf(response).service !== 'certificates') {
        response.status(403).end();
        return;
      }
      const params = checkBody(certificateHolderPasswordRoute.params, request.params);
      const body = checkBody(certificateHolderPasswordRoute.request, request.body);
      if (!params.ok || !body.ok) {
        const issues = [params, body].flatMap((checked) => (checked.ok ? [] : [checked.issues]));
        const refusal: InternalRefusal = {
          error: { code: ErrorCode.BadRequest, message: `not a cabinet's password: ${issues.join('; ')}` },
        };
        response.status(400).json(refusal);
        return;
      }
      await dataSource.transaction((manager) => changeCertificateHolderPassword(manager, params.value.id, body.value));
      response.status(204).end();
    });
    router.get(organizationNamesRoute.path, async (request, response) => {
      if (!callerOf(response).service) {
        response.status(403).end();
        return;
      }
      const ids = String(request.query.ids ?? '')
        .split(',')
        .filter(isUuid)
        .slice(0, organizationNamesRoute.maxIds);
      const rows = ids.length
        ? await dataSource
            .getRepository(OrganizationEntity)
            .find({ select: { id: true, name: true }, where: { id: In(ids) } })
        : [];
      response.json(rows.map(({ id, name }): OrganizationName => ({ id, name })));
    });
  };
}
