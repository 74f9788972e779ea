'use client';

import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { describeError, fieldMessage } from '../../_auth/describe-error';
import { ErrorSummary, summaryErrors } from '../../_ui/error-summary';
import { FormField } from '../../_ui/form-field';
import { formatDate } from '../../_ui/format';
import { LoadState } from '../../_ui/load-state';
import { mayDo, useOperator } from '../_shell/operator';
import { reportVariables } from './report-params';
import { ReportTable } from './report-tables';
import styles from './reports.module.css';
import { ReportsPageQuery } from './reports.operations';

const FIELDS = ['from', 'to', 'municipalityId'];

/** «Отчеты»: a period (and for the region a municipality), the three tables with bars, and the CSV. */
export function ReportsPage({ params, server }: { params: Record<string, string>; server: ServerAnswer }) {
  const operator = useOperator();
  const id = useId();
  const variables = reportVariables(params);
  usePrimedCache(server, [], [{ query: ReportsPageQuery, variables }]);
  const { data, loading, error, refetch } = useQuery(ReportsPageQuery, { variables });

  if (!mayDo(operator, 'READ_REPORTS')) {
    return (
      <section className="page-panel">
        <h1>Отчеты</h1>
        <p className="notice">Раздел доступен операторам реестра сертификатов.</p>
      </section>
    );
  }
  const described = error ? describeError(error) : null;
  const inputId = (name: string) => `${id}-${name}`;
  const errorOf = (name: string) => fieldMessage(described, name);
  const fieldErrors = summaryErrors(FIELDS, errorOf, inputId);
  const report = data?.registryReport;
  return (
    <section className="page-panel" aria-labelledby="reports-title">
      <h1 id="reports-title">Отчеты</h1>
      <ErrorSummary errors={fieldErrors} />
      <form method="get" action="/registry/reports" className={styles.filters} aria-label="Период отчёта">
        <FormField id={inputId('from')} label="С" required error={errorOf('from')}>
          {(wiring) => <input {...wiring} name="from" type="date" defaultValue={variables.from} />}
        </FormField>
        <FormField id={inputId('to')} label="По" required error={errorOf('to')}>
          {(wiring) => <input {...wiring} name="to" type="date" defaultValue={variables.to} />}
        </FormField>
        {operator.role === 'REGIONAL_OPERATOR' && (
          <FormField id={inputId('municipalityId')} label="Муниципалитет" error={errorOf('municipalityId')}>
            {(wiring) => (
              <select {...wiring} name="municipality" defaultValue={params.municipality ?? ''}>
                <option value="">Весь регион</option>
                {data?.municipalities.map((municipality) => (
                  <option key={municipality.id} value={municipality.id}>
                    {municipality.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary">
            Сформировать
          </button>
        </div>
      </form>
      {!report && fieldErrors.length === 0 && (
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      )}
      {report && (
        <>
          <p>
            {report.municipality?.name ?? 'Весь регион'}, с {formatDate(report.from)} по {formatDate(report.to)}.{' '}
            <a href={report.csvUrl} download>
              Скачать CSV
            </a>
          </p>
          <ReportTable
            title="Заявки по статусу и виду"
            headers={['Статус', 'Вид заявки']}
            total
            rows={report.applicationsByStatusAndKind.map((entry) => ({
              key: `${entry.status}-${entry.kind}`,
              cells: [entry.statusName, entry.kindName],
              count: entry.count,
            }))}
          />
          <ReportTable
            title="Сертификаты по статусу и группе"
            headers={['Статус сертификата', 'Группа сертификата']}
            total
            rows={report.certificatesByStatusAndGroup.map((entry) => ({
              key: `${entry.status}-${entry.group.id}`,
              cells: [entry.statusName, entry.group.name],
              count: entry.count,
            }))}
          />
          <ReportTable
            title="Заявки по организациям приёма"
            headers={['Организация']}
            total
            rows={report.applicationsByOrganization.map((entry) => ({
              key: entry.organization?.id ?? 'none',
              cells: [entry.organization?.name ?? 'Документы ещё не получены (заявка через портал)'],
              count: entry.count,
            }))}
          />
        </>
      )}
    </section>
  );
}
