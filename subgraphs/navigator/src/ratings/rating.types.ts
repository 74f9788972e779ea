import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

/**
 * The four parameters of «Оценить программу» (seed 002: «уровень удовлетворенности обучением по программе … в
 * соответствии с различными параметрами в диапазоне от 0 до 100%»), each a whole percent.
 */
export const RATING_PARAMETERS = ['content', 'teacher', 'conditions', 'result'] as const;
export type RatingParameter = (typeof RATING_PARAMETERS)[number];

/** The program page shows averages only over this many ratings, so that no one family's can be read out of them. */
export const MIN_RATINGS_FOR_AVERAGE = 5;

/** A row of navigator.program_ratings. */
export interface RatingRow {
  contract_id: string;
  program_id: string;
  certificate_id: string;
  content: number;
  teacher: number;
  conditions: number;
  result: number;
  rated_at: Date;
  changed_at: Date;
}

@InputType({ description: '«Оценить программу»: удовлетворённость обучением по четырём параметрам, 0–100 %' })
export class ProgramRatingInput {
  @Field(() => Int, { description: 'Содержание программы, %' })
  content: number;

  @Field(() => Int, { description: 'Педагог, %' })
  teacher: number;

  @Field(() => Int, { description: 'Условия обучения (помещение, оснащение, расписание), %' })
  conditions: number;

  @Field(() => Int, { description: 'Результат обучения ребёнка, %' })
  result: number;
}

@ObjectType({ description: 'Оценка программы владельцем сертификата по договору' })
export class ProgramRating {
  @Field(() => Int, { description: 'Содержание программы, %' })
  content: number;

  @Field(() => Int, { description: 'Педагог, %' })
  teacher: number;

  @Field(() => Int, { description: 'Условия обучения, %' })
  conditions: number;

  @Field(() => Int, { description: 'Результат обучения ребёнка, %' })
  result: number;

  @Field({ description: 'Когда программа оценена' })
  ratedAt: Date;

  @Field({ description: 'Когда оценка изменена в последний раз' })
  changedAt: Date;

  certificateId: string;

  static from(row: RatingRow): ProgramRating {
    return Object.assign(new ProgramRating(), {
      content: row.content,
      teacher: row.teacher,
      conditions: row.conditions,
      result: row.result,
      ratedAt: row.rated_at,
      changedAt: row.changed_at,
      certificateId: row.certificate_id,
    });
  }
}

@ObjectType({
  description: 'Срок, в который программу по договору можно оценить: с дня окончания договора месяц (дни региона)',
})
export class RatingWindow {
  @Field({ description: 'С этого дня, ГГГГ-ММ-ДД' })
  opensOn: string;

  @Field({ description: 'По этот день включительно, ГГГГ-ММ-ДД' })
  closesOn: string;

  @Field({ description: 'Оценить или изменить оценку можно сейчас' })
  open: boolean;
}

@ObjectType({
  description: `Средние оценки программы по четырём параметрам; только начиная с ${MIN_RATINGS_FOR_AVERAGE} оценок`,
})
export class ProgramRatingSummary {
  @Field(() => Int, { description: 'Сколько оценок' })
  count: number;

  @Field(() => Int, { description: 'С какого числа оценок показываются средние' })
  minimumCount: number;

  @Field(() => Float, { nullable: true, description: 'Содержание программы, средний %' })
  content: number | null;

  @Field(() => Float, { nullable: true, description: 'Педагог, средний %' })
  teacher: number | null;

  @Field(() => Float, { nullable: true, description: 'Условия обучения, средний %' })
  conditions: number | null;

  @Field(() => Float, { nullable: true, description: 'Результат обучения ребёнка, средний %' })
  result: number | null;
}
