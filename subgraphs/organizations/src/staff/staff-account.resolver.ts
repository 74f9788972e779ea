import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { isUuid, SESSIONS_ENDED_HEADER } from '@pfdo/platform';
import { OrganizationsContext } from '../context';
import { User } from '../users/user.type';
import { listStaffAccounts } from './staff-account-list';
import { StaffAccountService } from './staff-account.service';
import { NewPasswordInput, StaffAccountInput, StaffAccountPage, StaffAccountResult } from './staff-account.type';
import { isInScope, staffScopeOf } from './staff-scope';

const PAGE_SIZE = 20;

const service = (context: OrganizationsContext) => new StaffAccountService(context.dataSource, context.caller);

@Resolver()
export class StaffAccountResolver {
  @Query(() => StaffAccountPage, {
    description:
      'Пользователи организаций: муниципальному оператору — организации по приёму заявлений его муниципалитета, ' +
      'региональному — операторы реестров муниципалитетов. Поиск по наименованию или e-mail, по алфавиту, страницами.',
  })
  async staffAccounts(
    @Ctx() context: OrganizationsContext,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<StaffAccountPage> {
    const page = await listStaffAccounts(context.dataSource, context.identity, { search, first, after });
    // Each row's organization and municipality in one batch each, before the rows' fields are resolved: the
    // shield's rules run per field, and would otherwise spread the rows' loads over several batches.
    const ids = (key: 'organizationId' | 'municipalityId') => [
      ...new Set(page.accounts.flatMap((account) => (account[key] ? [account[key]] : []))),
    ];
    await Promise.all([
      context.loaders.organizationById.loadMany(ids('organizationId')),
      context.loaders.municipalityById.loadMany(ids('municipalityId')),
    ]);
    return { ...page, accounts: page.accounts.map(User.from) };
  }

  @Query(() => User, { nullable: true, description: 'Пользователь организации, если он в ведении оператора' })
  async staffAccount(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<User | null> {
    const scope = staffScopeOf(context.identity);
    const user = isUuid(id) ? await context.loaders.userById.load(id) : null;
    return user && isInScope(scope, user) ? User.from(user) : null;
  }

  @Mutation(() => StaffAccountResult, {
    description: 'Создать нового: учётная запись организации (или оператора реестра), вход сразу же',
  })
  async createStaffAccount(
    @Arg('input', () => StaffAccountInput) input: StaffAccountInput,
    @Arg('password', () => NewPasswordInput) password: NewPasswordInput,
    @Ctx() context: OrganizationsContext,
  ): Promise<StaffAccountResult> {
    const { account, generatedPassword } = await service(context).create(input, password);
    return { account: User.from(account), generatedPassword };
  }

  @Mutation(() => User, { description: 'Изменить e-mail, наименование, информацию для клиентов, права' })
  async updateStaffAccount(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => StaffAccountInput) input: StaffAccountInput,
    @Ctx() context: OrganizationsContext,
  ): Promise<User> {
    return User.from(await service(context).update(id, input));
  }

  @Mutation(() => User, { description: 'Заблокировать: вход закрыт, открытые сессии завершаются сразу' })
  async blockStaffAccount(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<User> {
    const account = await service(context).setBlocked(id, true);
    context.response.setHeader(SESSIONS_ENDED_HEADER, account.id);
    return User.from(account);
  }

  @Mutation(() => User, { description: 'Разблокировать' })
  async unblockStaffAccount(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<User> {
    return User.from(await service(context).setBlocked(id, false));
  }

  @Mutation(() => StaffAccountResult, {
    description: 'Сбросить пароль: новый введён дважды или сгенерирован; открытые сессии завершаются',
  })
  async resetStaffAccountPassword(
    @Arg('id', () => ID) id: string,
    @Arg('password', () => NewPasswordInput) password: NewPasswordInput,
    @Ctx() context: OrganizationsContext,
  ): Promise<StaffAccountResult> {
    const { account, generatedPassword } = await service(context).resetPassword(id, password);
    context.response.setHeader(SESSIONS_ENDED_HEADER, account.id);
    return { account: User.from(account), generatedPassword };
  }
}
