import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, forbidden } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { checkCredentials, MAX_LOGIN_LENGTH } from '../auth/auth.resolver';
import { identityOf } from '../auth/session.service';
import { OrganizationsContext } from '../context';
import { UserEntity } from '../users/user.entity';
import { AccountLinkEntity } from './account-link.entity';

const notLinkable = (message: string) => domainError(ErrorCode.CabinetNotLinkable, message, { field: 'login' });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notLinked = () => domainError(ErrorCode.CabinetNotLinked, 'Этот кабинет не объединён с вашим. Обновите страницу');

/** The caller's own certificate cabinet, or FORBIDDEN: only a holder links, switches and unlinks. */
function holderId(context: OrganizationsContext): string {
  const identity = context.identity;
  if (!identity || identity.role !== 'CERTIFICATE_HOLDER') throw forbidden();
  return identity.userId;
}

/** The cabinets linked to this one, by login; one statement. */
export async function findLinkedCabinets(manager: EntityManager, userId: string): Promise<UserEntity[]> {
  return manager
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .innerJoin(AccountLinkEntity, 'link', 'link.linked_user_id = user.id')
    .where('link.user_id = :userId', { userId })
    .orderBy('user.login')
    .getMany();
}

/**
 * The login typed in «Добавить быстрый доступ в другой личный кабинет», normalized and checked against what can
 * be told without the password: not empty, not the caller's own, not linked already. Whether such a cabinet
 * exists is said only with its password, so that the check cannot list certificate numbers.
 */
export async function checkCabinetToLink(context: OrganizationsContext, value: string): Promise<string> {
  const userId = holderId(context);
  const login = value.trim().toLowerCase();
  if (!login) throw domainError(ErrorCode.BadUserInput, 'Введите логин или номер сертификата', { field: 'login' });
  if (login.length > MAX_LOGIN_LENGTH) {
    throw domainError(ErrorCode.BadUserInput, `Логин не может быть длиннее ${MAX_LOGIN_LENGTH} символов`, {
      field: 'login',
    });
  }
  if (login === context.identity!.login) throw notLinkable('Это ваш собственный кабинет');
  const linked = await findLinkedCabinets(context.dataSource.manager, userId);
  if (linked.some((cabinet) => cabinet.login === login)) throw notLinkable('Этот кабинет уже объединён с вашим');
  return login;
}

/**
 * «Объединить»: the other cabinet's password is checked within the sign-in limits of its login and of the
 * caller's address (a wrong one counts as a failed sign-in, and is audited); then the link, both ways, and its
 * audit in one transaction.
 */
export async function linkCabinet(context: OrganizationsContext, value: string, password: string) {
  const userId = holderId(context);
  const login = await checkCabinetToLink(context, value);
  if (!password) throw domainError(ErrorCode.BadUserInput, 'Введите пароль', { field: 'password' });
  let target: UserEntity;
  try {
    target = await checkCredentials(login, password, context);
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (code === ErrorCode.InvalidCredentials || code === ErrorCode.RateLimited) {
      await writeAudit(context.dataSource.manager, context.caller, {
        action: 'CABINET_LINK_REFUSED',
        subjectId: userId,
        after: { login, reason: code },
      });
    }
    if (code === ErrorCode.InvalidCredentials) {
      throw domainError(ErrorCode.InvalidCredentials, 'Неверный логин или пароль', { field: 'password' });
    }
    throw error;
  }
  if (target.role !== 'CERTIFICATE_HOLDER') {
    throw notLinkable('Объединить можно только личные кабинеты сертификатов');
  }
  await context.dataSource.transaction(async (manager) => {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AccountLinkEntity)
      .values([
        { userId, linkedUserId: target.id },
        { userId: target.id, linkedUserId: userId },
      ])
      .orIgnore()
      .execute();
    await writeAudit(manager, context.caller, {
      action: 'CABINETS_LINKED',
      subjectId: userId,
      after: { linkedUserId: target.id, login: target.login },
    });
  });
  return findLinkedCabinets(context.dataSource.manager, userId);
}

/** Unlinks a cabinet from the caller's, both ways, from either side; audited. */
export async function unlinkCabinet(context: OrganizationsContext, linkedUserId: string) {
  const userId = holderId(context);
  if (!UUID.test(linkedUserId)) throw notLinked();
  await context.dataSource.transaction(async (manager) => {
    const [, removed] = (await manager.query(
      `DELETE FROM organizations.account_links
        WHERE (user_id = $1 AND linked_user_id = $2) OR (user_id = $2 AND linked_user_id = $1)`,
      [userId, linkedUserId],
    )) as [unknown, number];
    if (removed === 0) throw notLinked();
    await writeAudit(manager, context.caller, {
      action: 'CABINETS_UNLINKED',
      subjectId: userId,
      before: { linkedUserId },
    });
  });
  return findLinkedCabinets(context.dataSource.manager, userId);
}

/**
 * The arrow next to the login: a new session for the linked cabinet, checked here against the stored link (never
 * the client's word), and the caller's session ended in the same transaction (the sessions' trigger tells the
 * gateways). The response's session header makes the gateway set the new cookie.
 */
export async function switchCabinet(context: OrganizationsContext, targetId: string) {
  const userId = holderId(context);
  if (!UUID.test(targetId)) throw notLinked();
  const opened = await context.dataSource.transaction(async (manager) => {
    const target = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .innerJoin(AccountLinkEntity, 'link', 'link.linked_user_id = user.id AND link.user_id = :userId', { userId })
      .where('user.id = :targetId AND user.blocked_at IS NULL', { targetId })
      .getOne();
    if (!target) throw notLinked();
    if (context.caller.sessionId) {
      await manager.query(`DELETE FROM organizations.sessions WHERE token_hash = $1`, [context.caller.sessionId]);
    }
    const session = await context.sessions.open(target, context.caller.clientIp, manager);
    await writeAudit(manager, context.caller, {
      action: 'CABINET_SWITCHED',
      subjectId: target.id,
      after: { fromUserId: userId },
    });
    return { target, ...session };
  });
  return { ...opened, identity: identityOf(opened.target) };
}
