'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { AnswerNokoSurveyDocument, MyNokoSurveyDocument } from '@/gql/graphql';
import { describeError } from '../../_auth/describe-error';
import { formatRegionDateTime } from '../../_ui/format';

const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * The survey on the quality of additional education: each question from 1 (совсем не удовлетворён) to 5 (полностью
 * удовлетворён), once per certificate and year. Off in the region, the API says so and the page tells it.
 */
export function NokoSurveyForm() {
  const id = useId();
  const { data, loading, error: loadError } = useQuery(MyNokoSurveyDocument);
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const [error, setError] = useState<string | null>(null);
  const [answer, answering] = useMutation(AnswerNokoSurveyDocument);
  const survey = data?.myNokoSurvey ?? null;

  if (loading && !survey) return <p className="muted">Загрузка…</p>;
  if (!survey) {
    return <p role="alert">{loadError ? describeError(loadError).message : 'Опрос недоступен'}</p>;
  }
  if (survey.answeredAt) {
    return (
      <p role="status" className="notice notice-success">
        Спасибо! Вы прошли опрос {survey.year} года {formatRegionDateTime(survey.answeredAt)}.
      </p>
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const given = survey!.questions.map((question) => answers[question.number] ?? 0);
    if (given.some((value) => value === 0)) {
      setError('Ответьте на все вопросы');
      return;
    }
    try {
      await answer({
        variables: { answers: given },
        update: (cache, { data: answered }) => {
          if (answered)
            cache.writeQuery({ query: MyNokoSurveyDocument, data: { myNokoSurvey: answered.answerNokoSurvey } });
        },
      });
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Опрос по оценке качества дополнительного образования, {survey.year}</h2>
      <p>Оцените от 1 (совсем не удовлетворён) до 5 (полностью удовлетворён). Опрос проходят один раз в год.</p>
      <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
        {survey.questions.map((question) => (
          <fieldset key={question.number} className="radios">
            <legend className="field-legend">
              {question.number}. {question.text}
            </legend>
            {SCALE.map((value) => (
              <div key={value} className="radio">
                <input
                  type="radio"
                  id={`${id}-${question.number}-${value}`}
                  name={`question-${question.number}`}
                  value={value}
                  checked={answers[question.number] === value}
                  onChange={() => setAnswers({ ...answers, [question.number]: value })}
                />
                <label htmlFor={`${id}-${question.number}-${value}`}>{value}</label>
              </div>
            ))}
          </fieldset>
        ))}
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={answering.loading}>
            Отправить ответы
          </button>
        </div>
      </AppForm>
    </section>
  );
}
