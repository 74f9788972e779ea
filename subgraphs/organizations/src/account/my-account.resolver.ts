import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { domainError, ErrorCode, forbidden, hashPassword, Role, SESSIONS_ENDED_HEADER } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { checkCredentials } from '../auth/auth.resolver';
import { OrganizationsContext } from '../context';
import { checkNewPassword } from '../staff/staff-account-checks';
import { UserEntity } from '../users/user.entity';
import { User } from '../users/user.type';
import { checkOwnLogin } from './own-login';

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === '23505';

/** A wrong current password, said next to its field; it counts against the sign-in limits like a sign-in. */
export async function checkCurrentPassword(context: OrganizationsContext, login: string, password: string) {
  if (!password) {
    throw domainError(ErrorCode.BadUserInput, 'Введите текущий пароль', {
      field: 'currentPassword',
      fields: { currentPassword: 'Введите текущий пароль' },
    });
  }
  try {
    return await checkCredentials(login, password, context);
  } catch (error) {
    if ((error as { extensions?: { code?: unknown } }).extensions?.code !== ErrorCode.InvalidCredentials) throw error;
    throw domainError(ErrorCode.InvalidCredentials, 'Неверный текущий пароль', {
      field: 'currentPassword',
      fields: { currentPassword: 'Неверный текущий пароль' },
    });
  }
}

/**
 * The signed-in user's own new password (a citizen's «Изменить пароль», a certificate holder's «Пароль»): the
 * current password checked within the sign-in limits, the new one under the house's rules; his other sessions end,
 * this one stays; audited. Refused to any other role than `role`.
 */
export async function changeOwnPassword(
  context: OrganizationsContext,
  role: Role,
  input: { currentPassword: string; newPassword: string; newPasswordRepeat: string },
): Promise<boolean> {
  const identity = context.identity;
  if (!identity || identity.role !== role) throw forbidden();
  checkNewPassword(
    { generate: false, password: input.newPassword, passwordRepeat: input.newPasswordRepeat },
    identity.login,
    { password: 'newPassword', passwordRepeat: 'newPasswordRepeat' },
  );
  const user = await checkCurrentPassword(context, identity.login, input.currentPassword);
  const hash = await hashPassword(input.newPassword);
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
  context.response.setHeader(SESSIONS_ENDED_HEADER, user.id);
  return true;
}

/**
 * «Настройки» of a citizen's own account (issue 14): «Изменить пароль» and «Изменить логин». Each asks for the
 * current password first (checked within the sign-in limits), changes nothing else, and is audited.
 */
@Resolver()
export class MyAccountResolver {
  @Mutation(() => Boolean, {
    description:
      '«Изменить пароль»: текущий пароль, новый и его повтор. Все остальные сессии этого пользователя ' +
      'закрываются (кто вошёл со старым паролем, выходит); эта остаётся. Неверный текущий пароль: ' +
      'INVALID_CREDENTIALS у поля currentPassword; слабый новый: WEAK_PASSWORD; повтор не совпал: PASSWORDS_DO_NOT_MATCH.',
  })
  async changeMyPassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Arg('newPasswordRepeat') newPasswordRepeat: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<boolean> {
    return changeOwnPassword(context, 'CITIZEN', { currentPassword, newPassword, newPasswordRepeat });
  }

  @Mutation(() => User, {
    description:
      '«Изменить логин»: новый логин (латинские буквы, цифры, точка, дефис, подчёркивание, @; от 3 до 64 знаков; ' +
      'не 10 цифр — так выглядят номера сертификатов) и текущий пароль. Занятый логин: LOGIN_TAKEN; неподходящий: ' +
      'INVALID_LOGIN; неверный пароль: INVALID_CREDENTIALS у поля currentPassword. Сессии остаются.',
  })
  async changeMyLogin(
    @Arg('newLogin') newLogin: string,
    @Arg('currentPassword') currentPassword: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<User> {
    const identity = context.identity;
    if (!identity || identity.role !== 'CITIZEN') throw forbidden();
    const login = checkOwnLogin(newLogin);
    const user = await checkCurrentPassword(context, identity.login, currentPassword);
    if (login === user.login) return User.from(user);
    try {
      await context.dataSource.transaction(async (manager) => {
        await manager.update(UserEntity, { id: user.id }, { login });
        await writeAudit(manager, context.caller, {
          action: 'OWN_LOGIN_CHANGED',
          subjectId: user.id,
          before: { login: user.login },
          after: { login },
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw domainError(ErrorCode.LoginTaken, 'Этот логин уже занят, выберите другой', {
        field: 'newLogin',
        fields: { newLogin: 'Этот логин уже занят, выберите другой' },
      });
    }
    return User.from({ ...user, login });
  }
}
