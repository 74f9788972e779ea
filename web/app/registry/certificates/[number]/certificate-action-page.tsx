'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { usePrimedCache, type PrimedQuery, type ServerAnswer } from '@/app/_apollo/prime';
import { LoadState } from '@/app/_ui/load-state';
import styles from '@/app/registry/_shell/registry.module.css';
import type { CertificateAction, CertificateAtHandDetailsFragment } from '@/gql/graphql';
import { CertificateAtHandQuery } from './certificate-actions.operations';

/** «Фамилия Имя Отчество» of the certificate's child. */
export function childName(certificate: CertificateAtHandDetailsFragment): string {
  const { surname, name, patronymic } = certificate.child;
  return [surname, name, patronymic].filter(Boolean).join(' ');
}

/** The caller may take `action` on the certificate now (the server's `allowedActions`). */
export function mayTake(certificate: CertificateAtHandDetailsFragment, action: CertificateAction): boolean {
  return certificate.allowedActions.includes(action);
}

/** Said instead of an action's form when the certificate's status or the caller's rights do not allow it. */
export function ActionNotAllowed({ certificate }: { certificate: CertificateAtHandDetailsFragment }) {
  return (
    <p className="notice notice-warning">
      Это действие недоступно: статус сертификата «{certificate.certificate.statusName}», или у вас нет на него прав.
    </p>
  );
}

/**
 * One action's page on a certificate: its title, then the certificate's number, child and status (what the
 * server render fetched, in the same request as the session), then the action's form while the certificate
 * allows it (each form asks `mayTake`), or why not.
 */
export function CertificateActionPage({
  number,
  server,
  title,
  alsoPrimed = [],
  children,
}: {
  number: string;
  server: ServerAnswer;
  title: string;
  /** The page's other queries its server request answered too (the same for the component's life). */
  alsoPrimed?: PrimedQuery[];
  children: (certificate: CertificateAtHandDetailsFragment) => ReactNode;
}) {
  usePrimedCache(server, [], [{ query: CertificateAtHandQuery, variables: { number } }, ...alsoPrimed]);
  const { data, loading, error, refetch } = useQuery(CertificateAtHandQuery, {
    variables: { number },
    fetchPolicy: 'cache-first',
  });
  const certificate = data?.certificateAtHand;
  if (!certificate) {
    if (data && !loading) {
      return (
        <div className="page-panel">
          <h1>Сертификат не найден</h1>
          <p>Сертификата № {number} нет среди сертификатов, которые вам доступны.</p>
          <Link href="/registry">На главную</Link>
        </div>
      );
    }
    return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  return (
    <section className="page-panel" aria-labelledby="certificate-action-title">
      <h1 id="certificate-action-title">
        {title} {certificate.certificate.number}
      </h1>
      <dl className={styles.details}>
        <dt>Номер сертификата</dt>
        <dd data-testid="certificate-number">{certificate.certificate.number}</dd>
        <dt>Ребёнок</dt>
        <dd>{childName(certificate)}</dd>
        <dt>Статус сертификата</dt>
        <dd data-testid="certificate-status">{certificate.certificate.statusName}</dd>
      </dl>
      {children(certificate)}
    </section>
  );
}
