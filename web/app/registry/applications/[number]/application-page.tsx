import { CombinedGraphQLErrors } from '@apollo/client/errors';
import Link from 'next/link';
import type { ServerAnswer } from '@/app/_apollo/prime';
import { describeError } from '@/app/_auth/describe-error';
import { ServerLoadFailure } from '@/app/_ui/server-load-failure';
import { operatorOf } from '@/app/registry/_shell/operator-rights';
import type { ApplicationByNumberQuery } from '@/gql/graphql';
import { ApplicationFacts } from './application-facts';
import { ApplicationHistory } from './application-history';
import { ApplicationWork } from './application-work';
import { CertificateSection } from './certificate-section';

/**
 * An application of the register, rendered on the server from the page's one request (`answer`); only its
 * actions run in the browser (application-work.tsx). An answer with errors still shows the application with what
 * could be read: on an incoming change of municipality the certificate is still the old municipality's, and its
 * fields may be refused to this operator.
 */
export function ApplicationPage({ number, answer }: { number: string; answer: ServerAnswer }) {
  if (!operatorOf(answer) || answer.status !== 'ok') return null;
  const application = (answer.data as Partial<ApplicationByNumberQuery>).applicationRegister?.applications.find(
    (candidate) => candidate.number === number,
  );
  if (!application) {
    if (!answer.complete) return <ServerLoadFailure />;
    return (
      <div className="page-panel">
        <h1>Заявка не найдена</h1>
        <p>Заявки № {number} нет среди заявок, которые вам доступны.</p>
        <Link href="/registry/applications">К списку заявок</Link>
      </div>
    );
  }
  const errors = answer.errors ?? [];
  return (
    <>
      {errors.length > 0 && (
        <p className="notice notice-warning">
          Часть данных заявки недоступна: {describeError(new CombinedGraphQLErrors({ errors })).message}
        </p>
      )}
      <nav aria-label="Навигационная цепочка">
        <Link href="/registry/applications">Заявки</Link> › Заявка № {application.number}
      </nav>
      <ApplicationWork
        application={application}
        header={
          <>
            <h1 id="application-title">Заявка № {application.number}</h1>
            <p>
              <strong>Статус: </strong>
              <span className="tag" data-testid="application-status">
                {application.statusName}
              </span>
            </p>
            <ApplicationFacts application={application} />
          </>
        }
      />
      {application.certificate && (
        <CertificateSection certificate={application.certificate} current={application.number} />
      )}
      <ApplicationHistory history={application.history} />
    </>
  );
}
