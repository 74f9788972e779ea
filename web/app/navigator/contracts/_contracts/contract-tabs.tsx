'use client';

import { useQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { MyContractsDocument, ProviderContractsDocument, type ContractTab } from '@/gql/graphql';
import { usePrimedJustNow } from '../../../_apollo/prime';
import { LoadState } from '../../../_ui/load-state';
import { ContractCard } from './contract-card';
import { CONTRACT_TABS } from './contract-names';
import { FIRST_CONTRACT_TAB } from './contracts-page-queries';
import styles from './contracts.module.css';

/**
 * The tabs of «ДОГОВОРЫ» and the cards of the chosen one: the holder's own certificate's, or the provider's own
 * organization's requests (`side`). After an action every tab is read again, as the request moved between them.
 */
export function ContractTabs({ side }: { side: 'holder' | 'provider' }) {
  const id = useId();
  const [tab, showTab] = useState<ContractTab>(FIRST_CONTRACT_TAB);
  const [tabChosen, setTabChosen] = useState(false);
  // Asked afresh on every visit and every tab, but not on the page load whose server render has just fetched the
  // first tab (prime.ts); a tab chosen asks.
  const primed = usePrimedJustNow(side === 'holder' ? MyContractsDocument : ProviderContractsDocument);
  const fetchPolicy = primed && !tabChosen ? 'cache-first' : 'cache-and-network';
  const setTab = (next: ContractTab) => {
    setTabChosen(true);
    showTab(next);
  };
  const options = { variables: { tab }, fetchPolicy } as const;
  const holder = useQuery(MyContractsDocument, { ...options, skip: side !== 'holder' });
  const provider = useQuery(ProviderContractsDocument, { ...options, skip: side !== 'provider' });
  const { loading, error, refetch } = side === 'holder' ? holder : provider;
  const contracts = side === 'holder' ? holder.data?.myContracts : provider.data?.providerContracts;

  function handleKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = CONTRACT_TABS[(index + step + CONTRACT_TABS.length) % CONTRACT_TABS.length];
    setTab(next.tab);
    document.getElementById(`${id}-tab-${next.tab}`)?.focus();
  }

  return (
    <>
      <div role="tablist" aria-label="Заявки и договоры" className={styles.tabs}>
        {CONTRACT_TABS.map((item, index) => (
          <button
            key={item.tab}
            id={`${id}-tab-${item.tab}`}
            type="button"
            role="tab"
            aria-selected={tab === item.tab}
            aria-controls={`${id}-panel`}
            tabIndex={tab === item.tab ? 0 : -1}
            className={styles.tab}
            onClick={() => setTab(item.tab)}
            onKeyDown={(event) => handleKey(event, index)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className={styles.panel}>
        {contracts ? (
          contracts.length === 0 ? (
            <p className="muted">Здесь пока ничего нет.</p>
          ) : (
            contracts.map((contract) => (
              <ContractCard
                key={contract.id}
                contract={contract}
                side={side}
                onChanged={() => void refetch().catch(() => undefined)}
              />
            ))
          )
        ) : (
          <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
        )}
      </div>
    </>
  );
}
