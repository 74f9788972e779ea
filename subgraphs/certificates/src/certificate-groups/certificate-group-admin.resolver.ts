import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { CertificatesContext } from '../context';
import {
  blockCertificateGroup,
  deleteCertificateGroup,
  editCertificateGroup,
  importCertificateGroups,
  navigatorGroupSettings,
  unblockCertificateGroup,
} from './certificate-group-admin.service';
import { BudgetProgramCount, budgetProgramCounts, CertificateGroup, roubles } from './certificate-group.type';

@ObjectType({ description: 'Группа сертификатов в настройках ПФДО муниципалитета («Импорт из PFDO»)' })
export class NavigatorGroupSetting {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Номинал сертификата, руб.' })
  nominal: string;

  @Field(() => Int)
  minAge: number;

  @Field(() => Int)
  maxAge: number;

  @Field(() => [BudgetProgramCount])
  budgetPrograms: BudgetProgramCount[];

  @Field({ description: 'Лимит средств муниципалитета, руб.' })
  municipalityLimit: string;

  @Field({ description: 'Уже импортирована в реестр' })
  imported: boolean;
}

@Resolver()
export class CertificateGroupAdminResolver {
  @Query(() => [NavigatorGroupSetting], { description: '«Импорт из PFDO»: группы из настроек ПФДО муниципалитета' })
  async navigatorGroupSettings(
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Ctx() context: CertificatesContext,
  ): Promise<NavigatorGroupSetting[]> {
    const settings = await navigatorGroupSettings(context, municipalityId);
    return settings.map((setting) =>
      Object.assign(new NavigatorGroupSetting(), {
        id: setting.id,
        name: setting.name,
        nominal: roubles(setting.nominalKopecks)!,
        minAge: setting.minAge,
        maxAge: setting.maxAge,
        budgetPrograms: budgetProgramCounts(setting.budgetPrograms),
        municipalityLimit: roubles(setting.municipalityLimitKopecks)!,
        imported: setting.imported,
      }),
    );
  }

  @Mutation(() => [CertificateGroup], {
    description: '«Импорт из PFDO»: отмеченные группы становятся группами реестра',
  })
  async importCertificateGroups(
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('settingIds', () => [ID]) settingIds: string[],
    @Ctx() context: CertificatesContext,
  ): Promise<CertificateGroup[]> {
    return (await importCertificateGroups(context, municipalityId, settingIds)).map(CertificateGroup.from);
  }

  @Mutation(() => CertificateGroup, { description: 'Изменить описание группы сертификатов' })
  async editCertificateGroup(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('description') description: string,
    @Ctx() context: CertificatesContext,
  ): Promise<CertificateGroup> {
    return CertificateGroup.from(await editCertificateGroup(context, groupId, description));
  }

  @Mutation(() => CertificateGroup, { description: '«Заблокировать»: новые сертификаты в группе не выдаются' })
  async blockCertificateGroup(@Arg('groupId', () => ID) groupId: string, @Ctx() context: CertificatesContext) {
    return CertificateGroup.from(await blockCertificateGroup(context, groupId));
  }

  @Mutation(() => CertificateGroup, { description: '«Разблокировать»' })
  async unblockCertificateGroup(@Arg('groupId', () => ID) groupId: string, @Ctx() context: CertificatesContext) {
    return CertificateGroup.from(await unblockCertificateGroup(context, groupId));
  }

  @Mutation(() => ID, { description: '«Удалить» группу, которой не пользуется ни сертификат, ни заявка' })
  deleteCertificateGroup(@Arg('groupId', () => ID) groupId: string, @Ctx() context: CertificatesContext) {
    return deleteCertificateGroup(context, groupId);
  }
}
