import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { decoyHash, domainError, ErrorCode, SESSION_CLOSE_HEADER, SESSION_OPEN_HEADER } from '@pfdo/platform';
import { OrganizationsContext } from '../context';
import { UserEntity } from '../users/user.entity';
import { User } from '../users/user.type';
import { identityOf } from './session.service';
import { signInFailures } from './sign-in-metrics';

export const MAX_LOGIN_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 256;

const invalidCredentials = () => domainError(ErrorCode.InvalidCredentials, 'Неверный логин или пароль');

const accountBlocked = () =>
  domainError(ErrorCode.AccountBlocked, 'Учётная запись заблокирована. Обратитесь к оператору реестра сертификатов');

/** Counts a refused sign-in by its code in the metrics, and passes the refusal on. */
async function countingFailures<T>(signIn: () => Promise<T>): Promise<T> {
  try {
    return await signIn();
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (code === ErrorCode.InvalidCredentials) signInFailures.inc({ reason: 'invalid_credentials' });
    else if (code === ErrorCode.RateLimited) signInFailures.inc({ reason: 'rate_limited' });
    throw error;
  }
}

/**
 * The user whose login and password these are, or a refusal (INVALID_CREDENTIALS, RATE_LIMITED): each check counts
 * against the login's and the address's sign-in limits, wherever a password is asked for.
 */
export async function checkCredentials(
  login: string,
  password: string,
  context: OrganizationsContext,
): Promise<UserEntity> {
  const { clientIp } = context.caller;
  const attempt = await context.signInThrottle.begin(login, clientIp);
  const user =
    password.length > MAX_PASSWORD_LENGTH
      ? null
      : await context.dataSource.getRepository(UserEntity).findOneBy({ login });
  let matches = false;
  if (password.length <= MAX_PASSWORD_LENGTH) {
    try {
      matches = await context.signInThrottle.verifyPassword(
        password,
        user?.passwordHash ?? (await decoyHash()),
        clientIp,
      );
    } catch (error) {
      // Refused before hashing (too many at once, or waited too long): nothing was guessed, nothing counts.
      await attempt.unchecked();
      throw error;
    }
  }
  if (!user || !matches) {
    await attempt.failed();
    throw invalidCredentials();
  }
  await attempt.succeeded();
  // Said only to whoever knows the password: the account's own people, who need to know whom to call.
  if (user.blockedAt) throw accountBlocked();
  return user;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => User, {
    description:
      'Вход по логину и паролю. Шлюз ставит httpOnly-cookie сессии. Неверный логин и неверный пароль дают ' +
      'одну и ту же ошибку INVALID_CREDENTIALS. После многих неудачных попыток (по логину или с одного адреса) ' +
      'вход временно закрыт: RATE_LIMITED с extensions.retryAfterSeconds. Заблокированная учётная запись (при верном ' +
      'пароле): ACCOUNT_BLOCKED.',
  })
  async login(
    @Arg('login') login: string,
    @Arg('password') password: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<User> {
    const normalized = login.trim().toLowerCase();
    if (!normalized) throw domainError(ErrorCode.BadUserInput, 'Введите логин', { field: 'login' });
    if (normalized.length > MAX_LOGIN_LENGTH) {
      throw domainError(ErrorCode.BadUserInput, `Логин не может быть длиннее ${MAX_LOGIN_LENGTH} символов`, {
        field: 'login',
      });
    }
    if (!password) throw domainError(ErrorCode.BadUserInput, 'Введите пароль', { field: 'password' });

    const user = await countingFailures(() => checkCredentials(normalized, password, context));

    const { token, sessionId } = await context.sessions.open(user, context.caller.clientIp);
    context.response.setHeader(SESSION_OPEN_HEADER, token);
    // The rest of this response is read as the user who has just signed in.
    context.identity = identityOf(user);
    context.caller = { ...context.caller, identity: context.identity, sessionId };
    return User.from(user);
  }

  @Mutation(() => Boolean, { description: 'Выход: сессия закрывается, cookie удаляется' })
  async logout(@Ctx() context: OrganizationsContext): Promise<boolean> {
    if (context.caller.sessionId) await context.sessions.close(context.caller.sessionId);
    context.response.setHeader(SESSION_CLOSE_HEADER, '1');
    return true;
  }
}
