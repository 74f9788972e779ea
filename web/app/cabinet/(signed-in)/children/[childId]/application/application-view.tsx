'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { RegulationLink } from '../../../../../_ui/regulation-link';
import { applicationStepOf, childPaths } from '../../../../_children/application-step';
import { ChildHeading } from '../../../../_children/child-heading';
import { useCabinetChild } from '../../../../_children/use-cabinet-children';
import { ChildNotFound, LoadState } from '../../../../_shell/load-state';
import { CertificatePanel } from './certificate-panel';
import { EmailStep } from './email-step';
import { UnconfirmedStep } from './unconfirmed-step';

/** The child's way to a certificate: whichever step he is at, on one address. */
export function ApplicationView({ childId }: { childId: string }) {
  const { child, children, loading, error, refetch, startPolling, stopPolling } = useCabinetChild(childId, {
    fresh: true,
  });
  // A refusal from the API stays on screen while the page refetches and moves to the child's real state.
  const [refusal, setRefusal] = useState<string | null>(null);
  const step = child ? applicationStepOf(child) : null;

  // The e-mail link is usually opened in another tab: look again when the citizen comes back, and now and then.
  useEffect(() => {
    if (step !== 'unconfirmed') return;
    const refresh = () => document.visibilityState === 'visible' && void refetch().catch(() => undefined);
    startPolling(10_000);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      stopPolling();
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [step, refetch, startPolling, stopPolling]);

  if (!child) {
    if (children) return <ChildNotFound />;
    return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  return (
    <>
      <ChildHeading child={child} />
      {refusal && (
        <p role="alert" className="notice notice-error">
          {refusal}
        </p>
      )}
      {step === 'document' && (
        <div className="page-panel">
          <p>Для получения сертификата необходимо добавить свидетельство о рождении или паспорт в документы ребенка</p>
          <RegulationLink municipality={child.municipality} />
          <Link href={childPaths.document(child.id)} className="button button-primary">
            Предоставить документ
          </Link>
        </div>
      )}
      {step === 'email' && <EmailStep child={child} onRefused={setRefusal} />}
      {step === 'unconfirmed' && (
        <UnconfirmedStep application={child.application!} onConfirmed={() => void refetch().catch(() => undefined)} />
      )}
      {step === 'confirmed' && (
        <div className="page-panel">
          <p className="notice notice-success">
            Заявка на сертификат подтверждена. Теперь Вы можете получить сертификат.
          </p>
          <Link href={childPaths.issueCertificate(child.id)} className="button button-primary">
            Получить сертификат
          </Link>
        </div>
      )}
      {step === 'certificate' && <CertificatePanel child={child} certificate={child.certificate!} />}
    </>
  );
}
