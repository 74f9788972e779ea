import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { forbidden } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { Municipality } from '../references/references';
import { checkPageSize, listGroupSettings } from './group-setting-list';
import { keepsSettingsOf } from './group-setting-scope';
import { GroupSettingService } from './group-setting.service';
import { GroupSetting, GroupSettingInput, GroupSettingPage } from './group-setting.type';

const PAGE_SIZE = 20;

const service = (context: NavigatorContext) => new GroupSettingService(context.dataSource, context.caller);

@Resolver(() => Municipality)
export class MunicipalityGroupSettingsResolver {
  @FieldResolver(() => GroupSettingPage, {
    description:
      'Настройка сертификатов: группы сертификатов муниципалитета в ПФДО, по наименованию, страницами ' +
      '(оператору реестра этого муниципалитета и региональному оператору)',
  })
  async groupSettings(
    @Root() municipality: Municipality,
    @Ctx() context: NavigatorContext,
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<GroupSettingPage> {
    if (!keepsSettingsOf(context.identity, municipality.id)) throw forbidden();
    checkPageSize(first);
    const page = after
      ? await listGroupSettings(context.dataSource, municipality.id, { first, after })
      : await context.loaders.firstGroupSettingPage(first).load(municipality.id);
    return { settings: page.rows.map(GroupSetting.from), nextCursor: page.nextCursor };
  }
}

@Resolver()
export class GroupSettingResolver {
  @Mutation(() => GroupSetting, { description: 'Добавить группу сертификатов в ПФДО' })
  async createGroupSetting(
    @Arg('municipalityId', () => ID, { nullable: true, description: 'Только для регионального оператора' })
    municipalityId: string | null,
    @Arg('input', () => GroupSettingInput) input: GroupSettingInput,
    @Ctx() context: NavigatorContext,
  ): Promise<GroupSetting> {
    return GroupSetting.from(await service(context).create(municipalityId, input));
  }

  @Mutation(() => GroupSetting, {
    description: 'Изменить группу сертификатов в ПФДО; импортированная в реестр группа там не меняется',
  })
  async updateGroupSetting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => GroupSettingInput) input: GroupSettingInput,
    @Ctx() context: NavigatorContext,
  ): Promise<GroupSetting> {
    return GroupSetting.from(await service(context).update(id, input));
  }
}
