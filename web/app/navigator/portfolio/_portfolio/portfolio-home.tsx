'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { queriesOfRole } from '../../../_apollo/role-queries';
import { MeQuery } from '../../../_auth/auth.operations';
import { LoadState } from '../../../_ui/load-state';
import { Main } from '../../../_ui/main';
import { PortfolioForm } from './portfolio-form';
import { PortfolioList } from './portfolio-list';
import { PORTFOLIO_PAGE_QUERIES } from './portfolio-page-queries';
import {
  AddPortfolioItemDocument,
  AddPortfolioItemForCertificateDocument,
  MyPortfolioDocument,
  ProviderPortfolioDocument,
} from './portfolio.operations';

function HolderPortfolio() {
  const { data, loading, error, refetch } = useQuery(MyPortfolioDocument);
  const [add] = useMutation(AddPortfolioItemDocument, { refetchQueries: [MyPortfolioDocument] });
  return (
    <>
      <PortfolioForm forProvider={false} onSave={(input) => add({ variables: { input } })} />
      {data ? (
        <PortfolioList items={data.myPortfolio} showCertificate={false} onDeleted={() => void refetch()} />
      ) : (
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      )}
    </>
  );
}

function ProviderPortfolio() {
  const { data, loading, error, refetch } = useQuery(ProviderPortfolioDocument);
  const [add] = useMutation(AddPortfolioItemForCertificateDocument, { refetchQueries: [ProviderPortfolioDocument] });
  return (
    <>
      <PortfolioForm
        forProvider
        onSave={(input, certificateNumber) => add({ variables: { input, certificateNumber } })}
      />
      {data ? (
        <PortfolioList items={data.providerPortfolio} showCertificate onDeleted={() => void refetch()} />
      ) : (
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      )}
    </>
  );
}

/** /navigator/portfolio: «ПОРТФОЛИО» of the holder's child; a provider adds for its children and sees its own. */
export function PortfolioHome({ session }: { session: ServerAnswer }) {
  usePrimedCache(session, [{ query: MeQuery }], queriesOfRole(session, PORTFOLIO_PAGE_QUERIES));
  const { data, loading } = useQuery(MeQuery);
  const me = data?.me ?? null;
  return (
    <Main>
      <h1>Портфолио</h1>
      {me?.role === 'CERTIFICATE_HOLDER' && <HolderPortfolio />}
      {me?.role === 'PROVIDER' && <ProviderPortfolio />}
      {!loading && me?.role !== 'CERTIFICATE_HOLDER' && me?.role !== 'PROVIDER' && (
        <p>
          {me ? 'Раздел доступен владельцу сертификата и образовательной организации. ' : ''}
          <a href="/navigator">Войти в личный кабинет сертификата</a>
        </p>
      )}
    </Main>
  );
}
