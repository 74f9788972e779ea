import type { ProgramRatingSummaryFragment } from '@/gql/graphql';
import { RATING_PARAMETERS } from '../../../contracts/_rating/rating-parameters';

const percent = (value: number) => `${value.toLocaleString('ru-RU', { maximumFractionDigits: 1 })} %`;

/**
 * «Оценка программы» on the program page: the families' average of each parameter, only from `minimumCount`
 * ratings on (the server sends no averages below it), so that no one family's rating can be read out of them.
 */
export function ProgramRating({ summary }: { summary: ProgramRatingSummaryFragment }) {
  const ready =
    summary.count >= summary.minimumCount && RATING_PARAMETERS.every(({ key }) => typeof summary[key] === 'number');
  return (
    <section aria-labelledby="program-rating" data-testid="program-rating-summary">
      <h2 id="program-rating">Оценка программы</h2>
      {ready ? (
        <>
          <p className="muted">Средняя оценка семей, окончивших обучение (оценок: {summary.count}).</p>
          <dl className="facts">
            {RATING_PARAMETERS.map(({ key, label }) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{percent(summary[key] as number)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="muted">Недостаточно оценок</p>
      )}
    </section>
  );
}
