'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { usePrimedCache, type ServerAnswer } from '@/app/_apollo/prime';
import { describeError } from '@/app/_auth/describe-error';
import { LoadState } from '@/app/_ui/load-state';
import styles from '@/app/registry/_shell/registry.module.css';
import {
  NOT_SENT_PAGE_SIZE,
  NotSentCertificatesQuery,
  ResendCertificatesToNavigatorMutation,
  ResendCertificateToNavigatorMutation,
} from './not-sent.operations';

/** «Отправить все» asks for batches until the list is done, at most this many (25 each: 25 000 certificates). */
const MAX_BATCHES = 1000;

/**
 * Seed 001: «обратитесь к региональному оператору для помощи в переподправке не отправленных сертификатов».
 * The certificates that never reached the navigator, a page at a time, each with «Отправить в ПФДО», and
 * «Отправить все», which sends them batch after batch (the server bounds each batch) and says how it went.
 */
export function NotSentCertificates({ server }: { server: ServerAnswer }) {
  const first = { first: NOT_SENT_PAGE_SIZE, after: null };
  usePrimedCache(server, [], [{ query: NotSentCertificatesQuery, variables: first }]);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const { data, loading, error, refetch } = useQuery(NotSentCertificatesQuery, {
    variables: { first: NOT_SENT_PAGE_SIZE, after },
  });
  const [resendOne] = useMutation(ResendCertificateToNavigatorMutation);
  const [resendBatch] = useMutation(ResendCertificatesToNavigatorMutation);
  const [sending, setSending] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const reload = () => void refetch().catch(() => undefined);

  async function sendOne(certificateId: string, number: string) {
    setSending(number);
    setNotice(null);
    try {
      await resendOne({ variables: { certificateId } });
      setNotice({ kind: 'success', text: `Сертификат № ${number} отправлен в ПФДО` });
      reload();
    } catch (caught) {
      setNotice({ kind: 'error', text: describeError(caught).message });
    } finally {
      setSending(null);
    }
  }

  async function sendAll() {
    setSending('all');
    setNotice(null);
    let sent = 0;
    let failed = 0;
    let cursor: string | null = null;
    try {
      for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
        const { data: answer } = await resendBatch({ variables: { after: cursor } });
        if (!answer) break;
        sent += answer.resendCertificatesToNavigator.sent;
        failed += answer.resendCertificatesToNavigator.failed;
        setNotice({ kind: 'success', text: `Отправлено: ${sent}, не удалось: ${failed}…` });
        cursor = answer.resendCertificatesToNavigator.nextCursor;
        if (!cursor) break;
      }
      setNotice({
        kind: failed ? 'error' : 'success',
        text: `Отправлено в ПФДО: ${sent}${failed ? `, не удалось отправить: ${failed} (остались в списке)` : ''}`,
      });
    } catch (caught) {
      setNotice({ kind: 'error', text: `Отправлено: ${sent}. ${describeError(caught).message}` });
    } finally {
      setSending(null);
      setCursors([null]);
      reload();
    }
  }

  const page = data?.certificatesNotSentToNavigator;
  return (
    <section className="page-panel" aria-labelledby="not-sent-title">
      <h1 id="not-sent-title">Не отправленные в ПФДО сертификаты</h1>
      <p>Сертификаты, которые не дошли до навигатора: отправка не удалась или не выполнялась.</p>
      {notice && (
        <p className={`notice notice-${notice.kind}`} role="status">
          {notice.text}
        </p>
      )}
      {!page ? (
        <LoadState loading={loading} error={error} onRetry={reload} />
      ) : page.certificates.length === 0 ? (
        <p>Все сертификаты отправлены в ПФДО.</p>
      ) : (
        <>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={sending !== null}
              onClick={() => void sendAll()}
            >
              Отправить все
            </button>
          </div>
          <div className={styles.tableWrap}>
            <table>
              <caption className="visually-hidden">Сертификаты, не отправленные в ПФДО</caption>
              <thead>
                <tr>
                  <th scope="col">Номер</th>
                  <th scope="col">Ребёнок</th>
                  <th scope="col">Муниципалитет</th>
                  <th scope="col">Группа сертификата</th>
                  <th scope="col">Статус</th>
                  <th scope="col">Действия</th>
                </tr>
              </thead>
              <tbody>
                {page.certificates.map(({ certificate, child }) => (
                  <tr key={certificate.id}>
                    <td>{certificate.number}</td>
                    <td>{[child.surname, child.name, child.patronymic].filter(Boolean).join(' ')}</td>
                    <td>{certificate.municipality.name}</td>
                    <td>{certificate.group.name}</td>
                    <td>{certificate.statusName}</td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        disabled={sending !== null}
                        aria-label={`Отправить в ПФДО сертификат № ${certificate.number}`}
                        onClick={() => void sendOne(certificate.id, certificate.number)}
                      >
                        Отправить в ПФДО
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            {cursors.length > 1 && (
              <button type="button" className="button" onClick={() => setCursors((list) => list.slice(0, -1))}>
                Предыдущая страница
              </button>
            )}
            {page.nextCursor && (
              <button
                type="button"
                className="button"
                onClick={() => setCursors((list) => [...list, page.nextCursor ?? null])}
              >
                Следующая страница
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
