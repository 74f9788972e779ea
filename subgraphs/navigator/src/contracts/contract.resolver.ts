import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { catalogueLoaders } from '../catalogue/catalogue-loaders';
import { groupOf } from '../catalogue/catalogue.resolver';
import { ProgramGroup } from '../catalogue/catalogue.types';
import { NavigatorContext } from '../context';
import { Program } from '../programs/program.type';
import { cancelEnrollmentRequest, confirmEnrollmentRequest, refuseEnrollmentRequest } from './contract-actions.service';
import { CONTRACTS_PAGE, findOwnContract, listContracts } from './contract-list';
import { ContractTab } from './contract-state';
import { Contract } from './contract.type';
import { createEnrollmentRequest } from './enrollment-request.service';

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => [Contract], {
    description: '«ДОГОВОРЫ» владельца сертификата: заявки и договоры его сертификата во вкладке, новые сначала',
  })
  myContracts(
    @Ctx() context: NavigatorContext,
    @Arg('tab', () => ContractTab) tab: ContractTab,
    @Arg('first', () => Int, { defaultValue: CONTRACTS_PAGE }) first: number,
  ): Promise<Contract[]> {
    return listContracts(context, tab, first);
  }

  @Query(() => [Contract], {
    description: 'Заявки на обучение и договоры по программам организации поставщика во вкладке, новые сначала',
  })
  providerContracts(
    @Ctx() context: NavigatorContext,
    @Arg('tab', () => ContractTab) tab: ContractTab,
    @Arg('first', () => Int, { defaultValue: CONTRACTS_PAGE }) first: number,
  ): Promise<Contract[]> {
    return listContracts(context, tab, first);
  }

  @Query(() => Contract, { nullable: true, description: 'Карточка заявки (договора): своей, владельца или поставщика' })
  contract(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<Contract | null> {
    return findOwnContract(context, id);
  }

  @Mutation(() => Contract, { description: '«Записаться»: заявка владельца сертификата в группу программы' })
  createEnrollmentRequest(
    @Ctx() context: NavigatorContext,
    @Arg('groupId', () => ID) groupId: string,
  ): Promise<Contract> {
    return createEnrollmentRequest(context, groupId);
  }

  @Mutation(() => Contract, { description: '«Отменить заявку» (владелец сертификата): резерв и место освобождаются' })
  cancelEnrollmentRequest(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<Contract> {
    return cancelEnrollmentRequest(context, id);
  }

  @Mutation(() => Contract, { description: '«Подтвердить» (поставщик): договор только по активированному сертификату' })
  confirmEnrollmentRequest(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<Contract> {
    return confirmEnrollmentRequest(context, id);
  }

  @Mutation(() => Contract, { description: '«Отказать» с причиной (поставщик): резерв и место освобождаются' })
  refuseEnrollmentRequest(
    @Ctx() context: NavigatorContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<Contract> {
    return refuseEnrollmentRequest(context, id, reason);
  }

  @FieldResolver(() => Program, { description: 'Программа' })
  async program(@Root() contract: Contract, @Ctx() context: NavigatorContext): Promise<Program> {
    return Program.from((await context.loaders.programById.load(contract.programId))!);
  }

  @FieldResolver(() => ProgramGroup, { description: 'Группа программы' })
  async group(@Root() contract: Contract, @Ctx() context: NavigatorContext): Promise<ProgramGroup> {
    return groupOf((await catalogueLoaders(context).groupById.load(contract.groupId))!);
  }
}
