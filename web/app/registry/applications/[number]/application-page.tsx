'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { describeError } from '@/app/_auth/describe-error';
import { LoadState } from '@/app/_ui/load-state';
import type { ApplicationDetailsFragment } from '@/gql/graphql';
import { EditApplicationForm } from './actions/edit-application';
import { ApplicationActions } from './application-actions';
import { ApplicationFacts } from './application-facts';
import { ApplicationHistory } from './application-history';
import { ApplicationByNumberQuery } from './application.operations';
import { CertificateSection } from './certificate-section';

/** `primed`: the page's server render wrote the application into the cache, so it is not asked again now. */
export function ApplicationPage({ number, primed = false }: { number: string; primed?: boolean }) {
  const { data, loading, error, refetch } = useQuery(ApplicationByNumberQuery, {
    variables: { number },
    fetchPolicy: primed ? 'cache-first' : 'cache-and-network',
    // An incoming change of municipality: the certificate is still the old municipality's, and its fields may
    // be refused to this operator. Show the application with what could be read.
    errorPolicy: 'all',
  });
  const application = data?.applicationRegister.applications.find((candidate) => candidate.number === number);
  const retry = () => void refetch().catch(() => undefined);
  if (!application) {
    if (data && !loading) {
      return (
        <div className="page-panel">
          <h1>Заявка не найдена</h1>
          <p>Заявки № {number} нет среди заявок, которые вам доступны.</p>
          <Link href="/registry/applications">К списку заявок</Link>
        </div>
      );
    }
    return <LoadState loading={loading} error={error} onRetry={retry} />;
  }
  return (
    <>
      {error && !loading && (
        <p className="notice notice-warning">Часть данных заявки недоступна: {describeError(error).message}</p>
      )}
      <ApplicationDetails application={application} refetch={retry} />
    </>
  );
}

function ApplicationDetails({
  application,
  refetch,
}: {
  application: ApplicationDetailsFragment;
  refetch: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<{ text: string; retry?: () => void } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const outcome = {
    started: () => {
      setFailure(null);
      setNotice(null);
    },
    done: (text: string) => setNotice(text),
    failed: (text: string, retry?: () => void) => {
      setFailure({ text, retry });
      refetch();
    },
  };

  return (
    <>
      <nav aria-label="Навигационная цепочка">
        <Link href="/registry/applications">Заявки</Link> › Заявка № {application.number}
      </nav>
      <section className="page-panel" aria-labelledby="application-title">
        <h1 id="application-title">Заявка № {application.number}</h1>
        <p>
          <strong>Статус: </strong>
          <span className="tag" data-testid="application-status">
            {application.statusName}
          </span>
        </p>
        <ApplicationFacts application={application} />
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <div role="alert" className="form-error">
          {failure?.text}
        </div>
        {failure?.retry && (
          <button type="button" className="button" onClick={failure.retry}>
            Повторить
          </button>
        )}
        <ApplicationActions
          application={application}
          outcome={outcome}
          editing={editing}
          onToggleEdit={() => setEditing(!editing)}
        />
      </section>

      {editing && application.allowedActions.includes('EDIT') && (
        <EditApplicationForm
          application={application}
          onDone={() => {
            setEditing(false);
            setNotice('Изменения сохранены');
          }}
          onFailed={refetch}
        />
      )}

      {application.certificate && (
        <CertificateSection certificate={application.certificate} current={application.number} />
      )}
      <ApplicationHistory history={application.history} />
    </>
  );
}
