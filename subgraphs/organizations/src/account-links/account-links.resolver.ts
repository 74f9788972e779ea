import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { SESSION_OPEN_HEADER } from '@pfdo/platform';
import { OrganizationsContext } from '../context';
import { User } from '../users/user.type';
import {
  checkCabinetToLink,
  findLinkedCabinets,
  linkCabinet,
  switchCabinet,
  unlinkCabinet,
} from './account-links.service';
import { CabinetToLink, LinkedCabinet } from './linked-cabinet.type';

/** «Объединение кабинетов пользователя» (seed 002, §8) and the switch by the arrow next to the login. */
@Resolver()
export class AccountLinksResolver {
  @Query(() => [LinkedCabinet], { description: 'Кабинеты сертификатов, объединённые с кабинетом вошедшего' })
  async myLinkedCabinets(@Ctx() context: OrganizationsContext): Promise<LinkedCabinet[]> {
    const linked = await findLinkedCabinets(context.dataSource.manager, context.identity!.userId);
    return linked.map(LinkedCabinet.from);
  }

  @Mutation(() => CabinetToLink, {
    description:
      '«Добавить быстрый доступ в другой личный кабинет», первый шаг: логин или номер сертификата проверен ' +
      '(не свой, не объединён уже: CABINET_NOT_LINKABLE). Существует ли такой кабинет, говорится только с его паролем.',
  })
  async checkCabinetToLink(@Arg('login') login: string, @Ctx() context: OrganizationsContext): Promise<CabinetToLink> {
    return Object.assign(new CabinetToLink(), { login: await checkCabinetToLink(context, login) });
  }

  @Mutation(() => [LinkedCabinet], {
    description:
      '«Объединить»: пароль присоединяемого кабинета проверяется, как при входе (неверный: INVALID_CREDENTIALS, ' +
      'после многих попыток RATE_LIMITED); связь хранится в обе стороны. Не кабинет сертификата: CABINET_NOT_LINKABLE.',
  })
  async linkCabinet(
    @Arg('login') login: string,
    @Arg('password') password: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<LinkedCabinet[]> {
    return (await linkCabinet(context, login, password)).map(LinkedCabinet.from);
  }

  @Mutation(() => [LinkedCabinet], {
    description: 'Разъединить кабинеты (с любой из двух сторон). Не объединённый кабинет: CABINET_NOT_LINKED.',
  })
  async unlinkCabinet(
    @Arg('userId', () => ID) userId: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<LinkedCabinet[]> {
    return (await unlinkCabinet(context, userId)).map(LinkedCabinet.from);
  }

  @Mutation(() => User, {
    description:
      'Перейти в объединённый кабинет без нового входа: связь проверяется на сервере, текущая сессия ' +
      'завершается, шлюз ставит cookie новой. Не объединённый кабинет: CABINET_NOT_LINKED.',
  })
  async switchCabinet(@Arg('userId', () => ID) userId: string, @Ctx() context: OrganizationsContext): Promise<User> {
    const { target, token, sessionId, identity } = await switchCabinet(context, userId);
    context.response.setHeader(SESSION_OPEN_HEADER, token);
    // The rest of this response is read as the cabinet switched to.
    context.identity = identity;
    context.caller = { ...context.caller, identity, sessionId };
    return User.from(target);
  }
}
