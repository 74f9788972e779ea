import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { NavigatorContext } from '../context';
import {
  addPortfolioItem,
  addPortfolioItemForCertificate,
  deletePortfolioItem,
  myPortfolio,
  providerPortfolio,
} from './portfolio.service';
import { PortfolioItem, PortfolioItemInput } from './portfolio.type';

@Resolver(() => PortfolioItem)
export class PortfolioResolver {
  @Query(() => [PortfolioItem], { description: '«ПОРТФОЛИО» владельца сертификата: все достижения ребёнка' })
  myPortfolio(@Ctx() context: NavigatorContext): Promise<PortfolioItem[]> {
    return myPortfolio(context);
  }

  @Query(() => [PortfolioItem], { description: 'Достижения, добавленные своей организацией (поставщик)' })
  providerPortfolio(
    @Ctx() context: NavigatorContext,
    @Arg('certificateNumber', () => String, { nullable: true }) certificateNumber: string | null,
  ): Promise<PortfolioItem[]> {
    return providerPortfolio(context, certificateNumber);
  }

  @Mutation(() => PortfolioItem, { description: 'Добавить достижение в портфолио (семья, из кабинета сертификата)' })
  addPortfolioItem(
    @Ctx() context: NavigatorContext,
    @Arg('input', () => PortfolioItemInput) input: PortfolioItemInput,
  ): Promise<PortfolioItem> {
    return addPortfolioItem(context, input);
  }

  @Mutation(() => PortfolioItem, {
    description: 'Добавить достижение ребёнку с договором в своей организации (поставщик), по номеру сертификата',
  })
  addPortfolioItemForCertificate(
    @Ctx() context: NavigatorContext,
    @Arg('certificateNumber', () => String) certificateNumber: string,
    @Arg('input', () => PortfolioItemInput) input: PortfolioItemInput,
  ): Promise<PortfolioItem> {
    return addPortfolioItemForCertificate(context, certificateNumber, input);
  }

  @Mutation(() => Boolean, { description: 'Удалить запись портфолио, добавленную собой' })
  deletePortfolioItem(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deletePortfolioItem(context, id);
  }
}
