/**
 * «НОКО» (независимая оценка качества, seed 002 §9): the survey's questions, each answered from 1 («совсем не
 * удовлетворён») to 5 («полностью удовлетворён»). Kept in code: changing a question changes what last year's
 * answers mean, so it is a release, not an edit.
 */
export const NOKO_QUESTIONS = [
  'Насколько Вы удовлетворены содержанием программ, по которым занимается ребёнок?',
  'Насколько Вы удовлетворены работой педагогов?',
  'Насколько удобны место и расписание занятий?',
  'Насколько удобно пользоваться навигатором и личным кабинетом сертификата?',
] as const;

/** Below this many answers in a year the summary shows only their number: a small count could single a family out. */
export const NOKO_MIN_ANSWERS_FOR_SUMMARY = 5;

/** The answers' counts per question, 1 to 5, or an explanation of what is wrong with them. */
export function checkNokoAnswers(answers: readonly number[]): string | null {
  if (answers.length !== NOKO_QUESTIONS.length) return `Ответьте на все ${NOKO_QUESTIONS.length} вопроса`;
  if (answers.some((answer) => !Number.isInteger(answer) || answer < 1 || answer > 5)) {
    return 'Каждый ответ — оценка от 1 до 5';
  }
  return null;
}
