import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { NavigatorContext } from '../context';
import { answerNokoSurvey, isNokoEnabled, myNokoSurvey, nokoSummary, setNokoEnabled } from './noko.service';
import { NokoSummary, NokoSurvey } from './noko.type';

/** «НОКО» (seed 002 §9): an optional section the region switches on; off, its API answers NOKO_DISABLED. */
@Resolver()
export class NokoResolver {
  @Query(() => Boolean, { description: 'Включён ли в регионе раздел «НОКО»' })
  nokoEnabled(@Ctx() context: NavigatorContext): Promise<boolean> {
    return isNokoEnabled(context.dataSource.manager);
  }

  @Query(() => NokoSurvey, { description: 'Опрос НОКО своего сертификата на этот год; выключен: NOKO_DISABLED' })
  myNokoSurvey(@Ctx() context: NavigatorContext): Promise<NokoSurvey> {
    return myNokoSurvey(context);
  }

  @Mutation(() => NokoSurvey, {
    description:
      'Ответы на опрос НОКО: по одной оценке 1–5 на каждый вопрос, раз в год на сертификат ' +
      '(повторно: NOKO_ALREADY_ANSWERED; выключен: NOKO_DISABLED)',
  })
  answerNokoSurvey(
    @Arg('answers', () => [Int]) answers: number[],
    @Ctx() context: NavigatorContext,
  ): Promise<NokoSurvey> {
    return answerNokoSurvey(context, answers);
  }

  @Mutation(() => Boolean, { description: 'Включить или выключить раздел «НОКО» в регионе (региональный оператор)' })
  setNokoEnabled(@Arg('enabled') enabled: boolean, @Ctx() context: NavigatorContext): Promise<boolean> {
    return setNokoEnabled(context, enabled);
  }

  @Query(() => NokoSummary, {
    description: 'Сводка ответов НОКО за год (региональный оператор); выключен: NOKO_DISABLED',
  })
  nokoSummary(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() context: NavigatorContext,
  ): Promise<NokoSummary> {
    return nokoSummary(context, year);
  }
}
