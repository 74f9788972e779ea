import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Вопрос опроса НОКО' })
export class NokoQuestion {
  @Field(() => Int, { description: 'Номер вопроса с 1' })
  number: number;

  @Field()
  text: string;
}

@ObjectType({ description: '«НОКО»: опрос по оценке качества дополнительного образования для своего сертификата' })
export class NokoSurvey {
  @Field(() => Int, { description: 'Год опроса (один ответ на сертификат в год)' })
  year: number;

  @Field(() => [NokoQuestion])
  questions: NokoQuestion[];

  @Field(() => Date, { nullable: true, description: 'Когда сертификат ответил в этом году; null — ещё не отвечал' })
  answeredAt: Date | null;
}

@ObjectType({ description: 'Сводка ответов на один вопрос' })
export class NokoQuestionSummary {
  @Field(() => Int)
  number: number;

  @Field()
  text: string;

  @Field(() => [Int], {
    nullable: true,
    description: 'Число ответов «1»…«5»; null, пока ответов меньше порога (чтобы не выделить одну семью)',
  })
  counts: number[] | null;
}

@ObjectType({ description: 'Сводка опроса НОКО за год (региональный оператор)' })
export class NokoSummary {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Сколько сертификатов ответили' })
  answers: number;

  @Field(() => Int, { description: 'Порог: меньше ответов — распределение не показывается' })
  minAnswers: number;

  @Field(() => [NokoQuestionSummary])
  questions: NokoQuestionSummary[];
}
