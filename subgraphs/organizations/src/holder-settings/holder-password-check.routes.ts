import express, { Router } from 'express';
import { certificateHolderPasswordCheckRoute, checkBody, ErrorCode } from '@pfdo/contracts';
import { callerOf } from '@pfdo/platform';
import { checkCredentials } from '../auth/auth.resolver';
import { createContext } from '../context';
import { OrganizationsRuntime } from '../runtime';

/**
 * The holder's own new «Выписка сертификата» (certificates asks, before it changes anything): the current password
 * of the cabinet, checked as a sign-in is (the login's and the holder's address's failure counts and locks), and
 * only for a certificate holder's account whose id is the certificate's.
 */
export function holderPasswordCheckRoutes(runtime: OrganizationsRuntime) {
  const route = certificateHolderPasswordCheckRoute;
  return (router: Router) => {
    router.post(route.pattern, express.json({ limit: '4kb' }), async (request, response) => {
      const caller = callerOf(response);
      if (caller.service !== 'certificates') {
        response.status(403).end();
        return;
      }
      const params = checkBody(route.params, request.params);
      const body = checkBody(route.request, request.body);
      if (!params.ok || !body.ok) {
        response.status(400).json({ error: { code: ErrorCode.BadRequest, message: 'not a password check' } });
        return;
      }
      const context = createContext(runtime, { ...caller, clientIp: body.value.clientIp }, response);
      try {
        const user = await checkCredentials(body.value.login, body.value.password, context);
        if (user.id !== params.value.id || user.role !== 'CERTIFICATE_HOLDER') {
          response.status(403).json({ error: { code: ErrorCode.InvalidCredentials, message: 'Неверный пароль' } });
          return;
        }
      } catch (error) {
        const extensions = (error as { extensions?: { code?: ErrorCode; retryAfterSeconds?: number } }).extensions;
        if (!extensions?.code) throw error;
        response.status(403).json({
          error: {
            code: extensions.code,
            message: (error as Error).message,
            retryAfterSeconds: extensions.retryAfterSeconds,
          },
        });
        return;
      }
      response.status(204).end();
    });
  };
}
