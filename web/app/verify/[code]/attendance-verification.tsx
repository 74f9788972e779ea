'use client';

import { useQuery } from '@apollo/client/react';
import { VerifyAttendanceCertificateDocument } from '@/gql/graphql';
import { describeError } from '../../_auth/describe-error';
import { formatRegionDateTime } from '../../_ui/format';

/** «2026-09-01» → «01.09.2026». */
const russianDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

export function AttendanceVerification({ code }: { code: string }) {
  const { data, loading, error } = useQuery(VerifyAttendanceCertificateDocument, { variables: { code } });
  if (loading && !data) return <p className="muted">Проверяем справку…</p>;
  if (error) {
    return (
      <p role="alert" className="form-error">
        {describeError(error).message}
      </p>
    );
  }
  const result = data?.verifyAttendanceCertificate;
  if (!result || (!result.genuine && !result.revoked)) {
    return (
      <p role="alert" className="notice" data-testid="verify-result">
        Справка с таким кодом не найдена: она не выдавалась навигатором. Проверьте, что адрес скопирован полностью.
      </p>
    );
  }
  return (
    <>
      {result.genuine ? (
        <p role="status" className="notice notice-success" data-testid="verify-result">
          Справка подлинная: выдана навигатором и действительна.
        </p>
      ) : (
        <p role="alert" className="notice" data-testid="verify-result">
          Справка отозвана: владелец сертификата сформировал более новую справку.
        </p>
      )}
      <dl>
        <dt>Сертификат дополнительного образования</dt>
        <dd>№ {result.certificateNumber}</dd>
        <dt>Дата выдачи справки</dt>
        <dd>{result.issuedAt ? formatRegionDateTime(result.issuedAt) : ''}</dd>
      </dl>
      <h2>Зачисления на программы</h2>
      <ol data-testid="verify-enrollments">
        {result.enrollments.map((line, index) => (
          <li key={index}>
            <strong>{line.program}</strong>, {line.organization}, группа «{line.group}», с {russianDate(line.startsOn)}{' '}
            по {russianDate(line.endsOn)}
          </li>
        ))}
      </ol>
    </>
  );
}
