/**
 * The four parameters of «Оценить программу» (seed 002: «уровень удовлетворенности обучением по программе … в
 * соответствии с различными параметрами»), as the navigator subgraph names them (ratings/rating.types.ts).
 */
export const RATING_PARAMETERS = [
  { key: 'content', label: 'Содержание программы' },
  { key: 'teacher', label: 'Педагог' },
  { key: 'conditions', label: 'Условия обучения' },
  { key: 'result', label: 'Результат обучения' },
] as const;

export type RatingKey = (typeof RATING_PARAMETERS)[number]['key'];
export type RatingValues = Record<RatingKey, number>;
