import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { NavigatorContext } from '../context';
import { Contract } from '../contracts/contract.type';
import { Program } from '../programs/program.type';
import { ratingLoaders, summaryOf } from './rating-loaders';
import { rateProgram, windowOf } from './rating.service';
import { ProgramRating, ProgramRatingInput, ProgramRatingSummary, RatingWindow } from './rating.types';

@Resolver(() => Contract)
export class ContractRatingResolver {
  @Mutation(() => Contract, {
    description: '«Оценить программу» → «Сохранить» и «Изменить оценку»: не позднее месяца после окончания договора',
  })
  rateProgram(
    @Ctx() context: NavigatorContext,
    @Arg('contractId', () => ID) contractId: string,
    @Arg('rating', () => ProgramRatingInput) rating: ProgramRatingInput,
  ): Promise<Contract> {
    return rateProgram(context, contractId, rating);
  }

  @FieldResolver(() => ProgramRating, {
    nullable: true,
    description: 'Оценка программы по договору: только владельцу сертификата (организация её не видит)',
  })
  async rating(@Root() contract: Contract, @Ctx() context: NavigatorContext): Promise<ProgramRating | null> {
    const row = await ratingLoaders(context).ownRatingByContract.load(contract.id);
    return row ? ProgramRating.from(row) : null;
  }

  @FieldResolver(() => RatingWindow, {
    nullable: true,
    description: 'Когда программу по договору можно оценить (нет у заявок, по которым обучение не начиналось)',
  })
  ratingWindow(@Root() contract: Contract, @Ctx() context: NavigatorContext): RatingWindow | null {
    const window = windowOf(contract, context.now());
    if (!window) return null;
    return Object.assign(new RatingWindow(), {
      opensOn: window.opensOn,
      closesOn: window.closesOn,
      open: window.state === 'OPEN',
    });
  }
}

@Resolver(() => Program)
export class ProgramRatingResolver {
  @FieldResolver(() => ProgramRatingSummary, { description: 'Средние оценки программы семьями, чьи договоры окончены' })
  async ratingSummary(@Root() program: Program, @Ctx() context: NavigatorContext): Promise<ProgramRatingSummary> {
    return summaryOf(await ratingLoaders(context).summaryByProgram.load(program.id));
  }
}
