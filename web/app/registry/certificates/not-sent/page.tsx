import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { registryPageQuery } from '@/app/registry/_shell/registry-session';
import { NotSentCertificatesDocument } from '@/gql/graphql';
import { NotSentCertificates } from './not-sent-list';
import { NOT_SENT_PAGE_SIZE } from './not-sent.operations';

export const metadata: Metadata = { title: 'Не отправленные в ПФДО сертификаты — Реестр сертификатов' };

const NotSentPageQuery = registryPageQuery('NotSentPage', NotSentCertificatesDocument);

export default async function NotSentPage() {
  const answer = await serverQuery(NotSentPageQuery, { first: NOT_SENT_PAGE_SIZE, after: null });
  return (
    <RegistryGate session={answer}>
      <NotSentCertificates server={answer} />
    </RegistryGate>
  );
}
