import express, { Router } from 'express';
import { DataSource } from 'typeorm';
import { checkBody, SessionResolveResponse, sessionResolveRoute } from '@pfdo/contracts';
import { callerOf, SESSION_RESOLVE_PATH } from '@pfdo/platform';
import { SessionService } from './session.service';

/** The gateway turns the browser's session cookie into an identity here, once per request. */
export function sessionRoutes(dataSource: DataSource) {
  const sessions = new SessionService(dataSource);
  return (router: Router) => {
    router.post(SESSION_RESOLVE_PATH, express.json({ limit: '4kb' }), async (request, response) => {
      // Only the gateway holds credentials, and it calls this route as no one in particular.
      if (callerOf(response).identity || callerOf(response).service) {
        response.status(403).end();
        return;
      }
      const body = checkBody(sessionResolveRoute.request, request.body);
      const resolved = body.ok && body.value.token ? await sessions.resolve(body.value.token) : null;
      if (!resolved) {
        response.status(404).json({ identity: null });
        return;
      }
      response.json(resolved satisfies SessionResolveResponse);
    });
  };
}
