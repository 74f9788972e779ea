import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { NavigatorContext } from '../context';
import { Contract } from './contract.type';
import { acceptProlongation, prolongContract, refuseProlongation } from './prolongation.service';

/** Prolongation for the new year (seed 002): the provider prolongs, the holder accepts or refuses. */
@Resolver(() => Contract)
export class ProlongationResolver {
  @Mutation(() => Contract, {
    description:
      '«Пролонгировать» (поставщик): действующий договор продолжается в группе программы на следующий период; ' +
      'пролонгация ждёт во вкладке «Ожидающие подтверждения» и принимается сама, если за 7 дней нет отказа',
  })
  prolongContract(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<Contract> {
    return prolongContract(context, id);
  }

  @Mutation(() => Contract, { description: '«Принять» пролонгацию (владелец сертификата), не дожидаясь 7 дней' })
  acceptProlongation(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<Contract> {
    return acceptProlongation(context, id);
  }

  @Mutation(() => Contract, {
    description:
      '«Отменить заявку» на пролонгацию (владелец сертификата), причина по желанию: резерв и место освобождаются',
  })
  refuseProlongation(
    @Ctx() context: NavigatorContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<Contract> {
    return refuseProlongation(context, id, reason);
  }
}
