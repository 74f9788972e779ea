import express, { Router } from 'express';
import { DataSource } from 'typeorm';
import { certificateHolderPasswordResetRoute, checkBody, ErrorCode } from '@pfdo/contracts';
import { callerOf, hashPassword } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { checkNewPassword } from '../staff/staff-account-checks';
import { UserEntity } from '../users/user.entity';

/**
 * «Забыли пароль?» of a certificate's cabinet: only the e-mail subgraph asks, once the one-time link from the
 * cabinet's confirmed address was followed. The new password is checked by the house's rules (the ones of
 * «Пароль» in the cabinet's settings), hashed, written with every session of the cabinet ended, and audited, in one
 * transaction.
 */
export function holderPasswordResetRoutes(dataSource: DataSource) {
  const route = certificateHolderPasswordResetRoute;
  return (router: Router) => {
    router.put(route.pattern, express.json({ limit: '4kb' }), async (request, response) => {
      if (callerOf(response).service !== 'email') {
        response.status(403).end();
        return;
      }
      const params = checkBody(route.params, request.params);
      const body = checkBody(route.request, request.body);
      if (!params.ok || !body.ok) {
        response.status(400).json({ error: { code: ErrorCode.BadRequest, message: 'not a password reset' } });
        return;
      }
      try {
        checkNewPassword(
          { generate: false, password: body.value.newPassword, passwordRepeat: body.value.newPasswordRepeat },
          body.value.login,
          { password: 'newPassword', passwordRepeat: 'newPasswordRepeat' },
        );
      } catch (error) {
        const extensions = (error as { extensions?: { code?: ErrorCode; fields?: Record<string, string> } }).extensions;
        response.status(400).json({
          error: {
            code: extensions?.code ?? ErrorCode.BadUserInput,
            message: (error as Error).message,
            fields: extensions?.fields,
          },
        });
        return;
      }
      const hash = await hashPassword(body.value.newPassword);
      const found = await dataSource.transaction(async (manager) => {
        const { affected } = await manager.update(
          UserEntity,
          { id: params.value.id, login: body.value.login, role: 'CERTIFICATE_HOLDER' },
          { passwordHash: hash },
        );
        if (!affected) return false;
        const [, sessionsEnded] = (await manager.query(`DELETE FROM organizations.sessions WHERE user_id = $1`, [
          params.value.id,
        ])) as [unknown, number];
        await writeAudit(manager, callerOf(response), {
          action: 'HOLDER_PASSWORD_RESET',
          subjectId: params.value.id,
          after: { sessionsEnded },
        });
        return true;
      });
      response.status(found ? 204 : 404).end();
    });
  };
}
