'use client';

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { queriesOfRole } from '../../../_apollo/role-queries';
import { MeQuery } from '../../../_auth/auth.operations';
import { Main } from '../../../_ui/main';
import { OnBehalfForm } from '../_on-behalf/on-behalf-form';
import { ContractTabs } from './contract-tabs';
import { CONTRACTS_PAGE_QUERIES } from './contracts-page-queries';

/**
 * /navigator/contracts: «ДОГОВОРЫ» for the certificate holder (seed 002), and the education provider's own
 * enrollment requests with «Подтвердить» and «Отказать». Anyone else is sent to the sign-in. `session` is the
 * page's server-side answer to `me`.
 */
export function ContractsHome({ session }: { session: ServerAnswer }) {
  usePrimedCache(session, [{ query: MeQuery }], queriesOfRole(session, CONTRACTS_PAGE_QUERIES));
  const { data, loading } = useQuery(MeQuery);
  const me = data?.me ?? null;
  // A request filed on a holder's behalf: the lists are read again.
  const [filings, setFilings] = useState(0);
  if (me?.role === 'CERTIFICATE_HOLDER') {
    return (
      <Main>
        <h1>Договоры</h1>
        <p className="muted">Заявки на обучение, их статус и договоры с образовательными организациями.</p>
        <ContractTabs side="holder" />
      </Main>
    );
  }
  if (me?.role === 'PROVIDER') {
    return (
      <Main>
        <h1>Заявки на обучение</h1>
        <p className="muted">Заявки и договоры по программам вашей организации.</p>
        {me.organization && (
          <OnBehalfForm organizationId={me.organization.id} onFiled={() => setFilings((count) => count + 1)} />
        )}
        <ContractTabs key={filings} side="provider" />
      </Main>
    );
  }
  return (
    <Main>
      <h1>Договоры</h1>
      {!loading && (
        <p>
          {me ? 'Раздел доступен владельцу сертификата и поставщику образовательных услуг. ' : ''}
          <a href="/navigator">Войти в личный кабинет</a>
        </p>
      )}
    </Main>
  );
}
