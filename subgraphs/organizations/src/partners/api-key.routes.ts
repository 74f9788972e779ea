import express, { Router } from 'express';
import { DataSource } from 'typeorm';
import {
  apiKeyOperationRoute,
  apiKeyResolveRoute,
  apiKeyUsageRoute,
  checkBody,
  ErrorCode,
  InternalRefusal,
} from '@pfdo/contracts';
import { callerOf } from '@pfdo/platform';
import { findRegisteredOperation, resolveApiKey } from './api-key-resolve';
import { ApiKeySecrets } from './api-key-secret';
import { recordApiKeyUsage } from './api-key-usage';

/** Is the caller the gateway itself (a credential with no one in it, as for sessions)? */
const fromGateway = (response: express.Response) => !callerOf(response).identity && !callerOf(response).service;

/** The gateway turns a partner's key into an identity here, and reports partner calls in batches. */
export function apiKeyRoutes(dataSource: DataSource, background: DataSource, secrets: ApiKeySecrets) {
  return (router: Router) => {
    router.post(apiKeyResolveRoute.path, express.json({ limit: '4kb' }), async (request, response) => {
      if (!fromGateway(response)) {
        response.status(403).end();
        return;
      }
      const body = checkBody(apiKeyResolveRoute.request, request.body);
      const resolved = body.ok ? await resolveApiKey(dataSource, secrets, body.value.key) : null;
      if (!resolved) {
        response.status(404).json({ identity: null });
        return;
      }
      response.json(resolved);
    });
    router.post(apiKeyOperationRoute.path, express.json({ limit: '4kb' }), async (request, response) => {
      if (!fromGateway(response)) {
        response.status(403).end();
        return;
      }
      const body = checkBody(apiKeyOperationRoute.request, request.body);
      const document = body.ok ? await findRegisteredOperation(dataSource, body.value.keyId, body.value.sha256) : null;
      if (document === null) {
        response.status(404).json({ document: null });
        return;
      }
      response.json({ document });
    });
    // On the background pool: a burst of partner traffic never takes the connections requests need.
    router.post(apiKeyUsageRoute.path, express.json({ limit: '512kb' }), async (request, response) => {
      if (!fromGateway(response)) {
        response.status(403).end();
        return;
      }
      const body = checkBody(apiKeyUsageRoute.request, request.body);
      if (!body.ok) {
        const refusal: InternalRefusal = {
          error: { code: ErrorCode.BadRequest, message: `not a batch of partner calls: ${body.issues}` },
        };
        response.status(400).json(refusal);
        return;
      }
      await recordApiKeyUsage(background, body.value.records);
      response.status(204).end();
    });
  };
}
