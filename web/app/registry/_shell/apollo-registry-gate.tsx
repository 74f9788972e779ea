'use client';

import { useQuery } from '@apollo/client/react';
import { usePathname } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import type { SignedInUserFragment } from '@/gql/graphql';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { MeQuery } from '../../_auth/auth.operations';
import { portals } from '../../_auth/portals';
import { SignInFormPanel } from '../../_auth/sign-in-form-panel';
import { SignedInPanel } from '../../_auth/signed-in-panel';
import { serverUserIdOf, useRefreshOnSignIn } from '../../_auth/use-refresh-on-sign-in';
import { LoadState } from '../../_ui/load-state';
import { Main } from '../../_ui/main';
import { PortalMenuBar } from '../../_ui/portal-menu-bar';
import { OPERATOR_ROLES, OperatorContext, type Operator } from './operator';
import { currentSection, registrySections } from './registry-sections';
import { RegistryMeQuery } from './registry.operations';

/**
 * The registry cabinet's door for the pages that read through Apollo (RegistryGate, registry-gate.tsx), as it was
 * before RegistryShell: when the server render could not ask, it asks from the browser. The registry cabinet's door: the sign-in form at whatever address was asked for; operators then see the
 * menu and the page; anyone else is sent to their own entrance. Every page renders it with `session`, its
 * server-side answer (registry-session.ts: the operator and the page's own data in one request), so that
 * the server renders the page itself, or the sign-in form, from the first byte.
 */
export function ApolloRegistryGate({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  usePrimedCache(session, [{ query: MeQuery }, { query: RegistryMeQuery }]);
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const me = data?.me ?? null;
  useRefreshOnSignIn(serverUserIdOf(session), me?.id ?? null);
  // The operator whose page is on screen: kept when his session ends while he works, so that the page stays
  // mounted under the sign-in form with what he typed (issue 14; the citizen cabinet does the same). «Выйти»
  // forgets him.
  const [lastOperator, setLastOperator] = useState<SignedInUserFragment | null>(null);
  if (me && OPERATOR_ROLES.includes(me.role) && me !== lastOperator) setLastOperator(me);

  if (me && !OPERATOR_ROLES.includes(me.role)) {
    return (
      <Main>
        <p className="notice" role="status">
          Реестр сертификатов — для организаций по приёму заявлений и операторов реестра. Родителям и детям старше 14
          лет — в{' '}
          {/* A plain link: another portal is a page load (its own client, the header's mark; app/site-nav.tsx). */}
          <a href="/cabinet">Личный кабинет граждан</a>.
        </p>
        <SignedInPanel portalName={portals.registry.name} user={me} />
      </Main>
    );
  }

  const operator = me ?? lastOperator;
  if (!operator) {
    return (
      <Main>
        <SignInFormPanel
          portal="registry"
          loading={loading}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </Main>
    );
  }
  const expired = !me;
  return (
    <>
      {expired && (
        <Main>
          <SignInFormPanel portal="registry" expired />
        </Main>
      )}
      <div hidden={expired} key={operator.id}>
        <OperatorShell main={!expired} onSignedOut={() => setLastOperator(null)}>
          {children}
        </OperatorShell>
      </div>
    </>
  );
}

function OperatorShell({
  children,
  main,
  onSignedOut,
}: {
  children: ReactNode;
  /** False while the page is hidden under the sign-in form: the form's <main> is the page's landmark then. */
  main: boolean;
  onSignedOut: () => void;
}) {
  const { data, loading, error, refetch } = useQuery(RegistryMeQuery);
  // An ended session empties `me` in the cache: the page, hidden under the sign-in form, keeps its operator (and
  // so stays mounted with what was typed) until he is back.
  const [kept, setKept] = useState<Operator | null>(null);
  if (data?.me && data.me !== kept) setKept(data.me);
  const operator = data?.me ?? kept;
  if (!operator)
    return (
      <Main>
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Main>
    );
  return (
    <OperatorContext.Provider value={operator}>
      <RegistryMenu operator={operator} onSignedOut={onSignedOut} />
      <Main id={main ? 'main' : 'main-hidden'}>{children}</Main>
    </OperatorContext.Provider>
  );
}

function RegistryMenu({ operator, onSignedOut }: { operator: Operator; onSignedOut: () => void }) {
  const pathname = usePathname();
  const sections = registrySections(operator);
  const current = currentSection(sections, pathname);
  return (
    <PortalMenuBar
      label="Реестр сертификатов"
      sections={sections.map((section) => ({ ...section, current: current.get(section.href) }))}
      userName={operator.fullName}
      onSignedOut={onSignedOut}
    />
  );
}
