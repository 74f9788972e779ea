'use client';

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { RateProgramDocument, type ContractRatingFragment } from '@/gql/graphql';
import { describeError } from '../../../_auth/describe-error';
import { formatDate } from '../../../_ui/format';
import { RATING_PARAMETERS, type RatingValues } from './rating-parameters';
import { RatingSliders } from './rating-sliders';
import styles from './rating.module.css';

const START: RatingValues = { content: 50, teacher: 50, conditions: 50, result: 50 };

/**
 * The rating's part of the holder's contract card (seed 002, «ДОГОВОРЫ»): within a month after the contract ends,
 * «Оценить программу» on four parameters with sliders and «Сохранить»; then the rating with «Изменить оценку» while
 * the month lasts, and read-only after it.
 */
export function RatingPart({
  contract,
  onChanged,
}: {
  contract: ContractRatingFragment & { id: string };
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<RatingValues>(START);
  const [error, setError] = useState<string | null>(null);
  const [rate, rating] = useMutation(RateProgramDocument);
  const period = contract.ratingWindow;
  const saved = contract.rating;
  if (!period || (!period.open && !saved)) return null;

  function start() {
    setValues(
      saved
        ? { content: saved.content, teacher: saved.teacher, conditions: saved.conditions, result: saved.result }
        : START,
    );
    setError(null);
    setEditing(true);
  }

  async function save() {
    setError(null);
    try {
      await rate({ variables: { contractId: contract.id, rating: values } });
      setEditing(false);
      onChanged();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <section className={styles.rating} aria-label="Оценка программы" data-testid="program-rating">
      {editing ? (
        <AppForm
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <h4 className={styles.title}>Оценить программу</h4>
          <p className="muted">
            Оцените уровень удовлетворённости обучением по программе, от 0 до 100 %. Оценку можно изменить по{' '}
            {formatDate(period.closesOn)} включительно.
          </p>
          <RatingSliders values={values} onChange={(key, value) => setValues((old) => ({ ...old, [key]: value }))} />
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="button" className="button" onClick={() => setEditing(false)} disabled={rating.loading}>
              Отмена
            </button>
            <button type="submit" className="button button-primary" disabled={rating.loading}>
              Сохранить
            </button>
          </div>
        </AppForm>
      ) : saved ? (
        <>
          <h4 className={styles.title}>Оценка программы</h4>
          <dl className={styles.saved}>
            {RATING_PARAMETERS.map(({ key, label }) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd data-testid={`rating-saved-${key}`}>{saved[key]} %</dd>
              </div>
            ))}
          </dl>
          {period.open ? (
            <button type="button" className="button" onClick={start}>
              Изменить оценку
            </button>
          ) : (
            <p className="muted">Оценку можно было изменить по {formatDate(period.closesOn)} включительно.</p>
          )}
        </>
      ) : (
        <button type="button" className="button button-primary" onClick={start}>
          Оценить программу
        </button>
      )}
    </section>
  );
}
