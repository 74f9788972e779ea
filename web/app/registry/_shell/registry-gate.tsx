'use client';

import { useQuery } from '@apollo/client/react';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
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
 * The registry cabinet's door: the sign-in form at whatever address was asked for; operators then see the
 * menu and the page; anyone else is sent to their own entrance. Every page renders it with `session`, its
 * server-side answer (registry-session.ts: the operator and the page's own data in one request), so that
 * the server renders the page itself, or the sign-in form, from the first byte.
 */
export function RegistryGate({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  usePrimedCache(session, [{ query: MeQuery }, { query: RegistryMeQuery }]);
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const me = data?.me ?? null;
  useRefreshOnSignIn(serverUserIdOf(session), me?.id ?? null);

  if (!me) {
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

  if (!OPERATOR_ROLES.includes(me.role)) {
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
  return <OperatorShell key={me.id}>{children}</OperatorShell>;
}

function OperatorShell({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(RegistryMeQuery);
  const operator = data?.me;
  if (!operator)
    return (
      <Main>
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Main>
    );
  return (
    <OperatorContext.Provider value={operator}>
      <RegistryMenu operator={operator} />
      <Main>{children}</Main>
    </OperatorContext.Provider>
  );
}

function RegistryMenu({ operator }: { operator: Operator }) {
  const pathname = usePathname();
  const sections = registrySections(operator);
  const current = currentSection(sections, pathname);
  return (
    <PortalMenuBar
      label="Реестр сертификатов"
      sections={sections.map((section) => ({ ...section, current: current.get(section.href) }))}
      userName={operator.fullName}
    />
  );
}
