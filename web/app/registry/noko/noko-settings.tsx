'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { NokoSummaryDocument, RegistryNokoDocument, SetNokoEnabledDocument } from '@/gql/graphql';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { MeQuery } from '../../_auth/auth.operations';
import { describeError } from '../../_auth/describe-error';

/**
 * /registry/noko: «НОКО» is an optional section (seed 002 §9) the regional operator switches on for the region; the
 * summary shows how many certificates answered and, from the threshold on, how many gave each mark.
 */
export function NokoSettings({ server }: { server: ServerAnswer }) {
  const id = useId();
  usePrimedCache(server, [], [{ query: RegistryNokoDocument }]);
  const me = useQuery(MeQuery).data?.me ?? null;
  const regional = me?.role === 'REGIONAL_OPERATOR';
  const enabled = useQuery(RegistryNokoDocument).data?.nokoEnabled ?? false;
  const summary = useQuery(NokoSummaryDocument, { skip: !regional || !enabled, fetchPolicy: 'network-only' }).data
    ?.nokoSummary;
  const [setEnabled, setting] = useMutation(SetNokoEnabledDocument, {
    refetchQueries: [RegistryNokoDocument],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<string | null>(null);

  return (
    <section aria-labelledby="noko-title">
      <h1 id="noko-title">НОКО</h1>
      <p>Опрос по оценке качества дополнительного образования в личном кабинете сертификата.</p>
      {!regional ? (
        <p>Раздел доступен региональному оператору.</p>
      ) : (
        <>
          <div className="page-panel">
            <p id={`${id}-state`}>
              {enabled ? 'Раздел «НОКО» включён в регионе.' : 'Раздел «НОКО» выключен в регионе.'}
            </p>
            <button
              type="button"
              className="button button-primary"
              disabled={setting.loading}
              aria-describedby={`${id}-state`}
              onClick={() => {
                setError(null);
                setEnabled({ variables: { enabled: !enabled } }).catch((caught: unknown) =>
                  setError(describeError(caught).message),
                );
              }}
            >
              {enabled ? 'Выключить раздел «НОКО»' : 'Включить раздел «НОКО»'}
            </button>
            {error && (
              <p role="alert" className="form-error">
                {error}
              </p>
            )}
          </div>
          {enabled && summary && (
            <section aria-labelledby={`${id}-summary`}>
              <h2 id={`${id}-summary`}>Ответы за {summary.year} год</h2>
              <p>Ответили сертификатов: {summary.answers}.</p>
              {summary.answers < summary.minAnswers ? (
                <p className="muted">
                  Распределение ответов показывается, когда ответов не меньше {summary.minAnswers}: так нельзя узнать
                  ответ одной семьи.
                </p>
              ) : (
                <div className="table-scroll" tabIndex={0} role="region" aria-label="Ответы по вопросам">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Вопрос</th>
                        {[1, 2, 3, 4, 5].map((value) => (
                          <th key={value} scope="col">
                            {value}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {summary.questions.map((question) => (
                        <tr key={question.number}>
                          <th scope="row">{question.text}</th>
                          {(question.counts ?? []).map((count, index) => (
                            <td key={index}>{count}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          )}
        </>
      )}
    </section>
  );
}
