import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { forbidden, hashPassword } from '@pfdo/platform';
import { checkCurrentPassword } from '../account/my-account.resolver';
import { writeAudit } from '../audit/audit';
import { OrganizationsContext } from '../context';
import { checkNewPassword } from '../staff/staff-account-checks';
import { UserEntity } from '../users/user.entity';

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → «Пароль» of the certificate's cabinet (seed 002 §8; issue 15 part C): the holder
 * changes his own password with the current one and the new one twice, under the house's password rules (at
 * least 8 characters, letters and digits, not containing the login, i.e. the certificate number). His other
 * sessions end; this one stays. A new «Выписка сертификата» with a generated password is the certificates
 * subgraph's (it owns the extract and hands only the new password's hash here).
 */
@Resolver()
export class HolderPasswordResolver {
  @Mutation(() => Boolean, {
    description:
      '«Пароль» личного кабинета сертификата: текущий пароль, новый и его повтор. Остальные сессии кабинета ' +
      'закрываются. Неверный текущий пароль: INVALID_CREDENTIALS у поля currentPassword; слабый новый: ' +
      'WEAK_PASSWORD; повтор не совпал: PASSWORDS_DO_NOT_MATCH.',
  })
  async changeHolderPassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Arg('newPasswordRepeat') newPasswordRepeat: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<boolean> {
    const identity = context.identity;
    if (!identity || identity.role !== 'CERTIFICATE_HOLDER') throw forbidden();
    checkNewPassword({ generate: false, password: newPassword, passwordRepeat: newPasswordRepeat }, identity.login, {
      password: 'newPassword',
      passwordRepeat: 'newPasswordRepeat',
    });
    const user = await checkCurrentPassword(context, identity.login, currentPassword);
    const hash = await hashPassword(newPassword);
    await context.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash: hash });
      const [, sessionsEnded] = (await manager.query(
        `DELETE FROM organizations.sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2`,
        [user.id, context.caller.sessionId],
      )) as [unknown, number];
      await writeAudit(manager, context.caller, {
        action: 'OWN_PASSWORD_CHANGED',
        subjectId: user.id,
        after: { sessionsEnded },
      });
    });
    return true;
  }
}
