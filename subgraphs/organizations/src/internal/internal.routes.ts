import { Router } from 'express';
import { DataSource, In } from 'typeorm';
import {
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
import { createCertificateHolder, removeCertificateHolder } from '../users/certificate-holder';

/**
 * Routes for the gateway and the other subgraphs, never for browsers (all need a credential). Events are
 * received on the background pool: a flood of requests does not hold them up, nor they the requests.
 */
export function internalRoutes(dataSource: DataSource, background: DataSource) {
  const sessions = sessionRoutes(dataSource);
  const events = eventRoutes(background, SCHEMA, {
    [Topic.certificateIssued]: createCertificateHolder,
    [Topic.certificateAnnulled]: removeCertificateHolder,
  });
  return (router: Router) => {
    sessions(router);
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
