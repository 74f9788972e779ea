import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, forbidden, invalidFields } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { regionYearMonth } from '../cabinet/available-nominal';
import { NavigatorContext } from '../context';
import { checkNokoAnswers, NOKO_MIN_ANSWERS_FOR_SUMMARY, NOKO_QUESTIONS } from './noko-questions';
import { NokoSummary, NokoSurvey } from './noko.type';

const disabled = () => domainError(ErrorCode.NokoDisabled, 'Раздел «НОКО» в вашем регионе не используется');

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === '23505';

/** The region's switch; no row (none written yet) is «off». `lock`: held until the transaction ends. */
export async function isNokoEnabled(
  manager: EntityManager,
  lock: 'FOR SHARE' | 'FOR UPDATE' | '' = '',
): Promise<boolean> {
  const rows = (await manager.query(`SELECT enabled FROM navigator.noko_settings ${lock}`)) as Array<{
    enabled: boolean;
  }>;
  return rows[0]?.enabled ?? false;
}

function requireRole(context: NavigatorContext, role: 'CERTIFICATE_HOLDER' | 'REGIONAL_OPERATOR') {
  if (context.identity?.role !== role) throw forbidden();
  return context.identity;
}

const questions = () => NOKO_QUESTIONS.map((text, index) => ({ number: index + 1, text }));

/** The holder's survey of this year, or NOKO_DISABLED. */
export async function myNokoSurvey(context: NavigatorContext): Promise<NokoSurvey> {
  const { userId } = requireRole(context, 'CERTIFICATE_HOLDER');
  if (!(await isNokoEnabled(context.dataSource.manager))) throw disabled();
  const { year } = regionYearMonth(context.now());
  const rows = (await context.dataSource.query(
    `SELECT answered_at FROM navigator.noko_answers WHERE certificate_id = $1 AND year = $2`,
    [userId, year],
  )) as Array<{ answered_at: Date }>;
  return { year, questions: questions(), answeredAt: rows[0]?.answered_at ?? null };
}

/** The holder's answers, once per certificate and year (the primary key decides a race); audited without them. */
export async function answerNokoSurvey(context: NavigatorContext, answers: number[]): Promise<NokoSurvey> {
  const { userId } = requireRole(context, 'CERTIFICATE_HOLDER');
  const problem = checkNokoAnswers(answers);
  if (problem) throw invalidFields({ answers: problem });
  const { year } = regionYearMonth(context.now());
  try {
    const answeredAt = await context.dataSource.transaction(async (manager) => {
      if (!(await isNokoEnabled(manager, 'FOR SHARE'))) throw disabled();
      const [row] = (await manager.query(
        `INSERT INTO navigator.noko_answers (certificate_id, year, answers) VALUES ($1, $2, $3) RETURNING answered_at`,
        [userId, year, answers],
      )) as Array<{ answered_at: Date }>;
      await writeAudit(manager, context.caller, { action: 'NOKO_ANSWERED', subjectId: userId, after: { year } });
      return row.answered_at;
    });
    return { year, questions: questions(), answeredAt };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw domainError(ErrorCode.NokoAlreadyAnswered, 'Вы уже прошли опрос в этом году. Спасибо!');
  }
}

/** The regional operator's switch for the region; audited. */
export async function setNokoEnabled(context: NavigatorContext, enabled: boolean): Promise<boolean> {
  requireRole(context, 'REGIONAL_OPERATOR');
  await context.dataSource.transaction(async (manager) => {
    // The one row, written by the first switch (a migration writes no rows); locked against a second operator's.
    await manager.query(
      `INSERT INTO navigator.noko_settings (id, enabled) VALUES (true, false) ON CONFLICT (id) DO NOTHING`,
    );
    const before = await isNokoEnabled(manager, 'FOR UPDATE');
    if (before === enabled) return;
    await manager.query(`UPDATE navigator.noko_settings SET enabled = $1, updated_at = now()`, [enabled]);
    await writeAudit(manager, context.caller, {
      action: 'NOKO_ENABLED_SET',
      subjectId: context.identity!.userId,
      before: { enabled: before },
      after: { enabled },
    });
  });
  return enabled;
}

/** Counts of each answer per question for a year (this year by default); none below the threshold. */
export async function nokoSummary(context: NavigatorContext, year: number | null): Promise<NokoSummary> {
  requireRole(context, 'REGIONAL_OPERATOR');
  if (!(await isNokoEnabled(context.dataSource.manager))) throw disabled();
  const summaryYear = year ?? regionYearMonth(context.now()).year;
  // One statement: the number of answers, and per question and value how many gave it.
  const rows = (await context.dataSource.query(
    `SELECT q.number::int AS number, v.value::int AS value,
            count(a.certificate_id) FILTER (WHERE a.answers[q.number] = v.value)::int AS count,
            count(a.certificate_id)::int AS total
       FROM generate_series(1, $2::int) AS q(number)
      CROSS JOIN generate_series(1, 5) AS v(value)
       LEFT JOIN navigator.noko_answers a ON a.year = $1
      GROUP BY q.number, v.value ORDER BY q.number, v.value`,
    [summaryYear, NOKO_QUESTIONS.length],
  )) as Array<{ number: number; value: number; count: number; total: number }>;
  const answers = rows[0]?.total ?? 0;
  const shown = answers >= NOKO_MIN_ANSWERS_FOR_SUMMARY;
  return {
    year: summaryYear,
    answers,
    minAnswers: NOKO_MIN_ANSWERS_FOR_SUMMARY,
    questions: questions().map((question) => ({
      ...question,
      counts: shown ? rows.filter((row) => row.number === question.number).map((row) => row.count) : null,
    })),
  };
}
