'use client';

import { usePathname } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import type { ServerAnswer } from '../../_apollo/prime';
import { portals } from '../../_auth/portals';
import { SignInFormPanel } from '../../_auth/sign-in-form-panel';
import { SignedInPanel } from '../../_auth/signed-in-panel';
import { SignInDoor, useServerSession } from '../../_auth/use-server-session';
import { Main } from '../../_ui/main';
import { PortalMenuBar } from '../../_ui/portal-menu-bar';
import { ServerLoadFailure } from '../../_ui/server-load-failure';
import { OPERATOR_ROLES, OperatorContext, type Operator } from './operator';
import { operatorOf } from './operator-rights';
import { currentSection, registrySections } from './registry-sections';

/**
 * The registry cabinet's door, without Apollo: the sign-in form at whatever address was asked for; operators
 * then see the menu and the page; anyone else is sent to their own entrance. `session` is the page's
 * server-side answer (registry-session.ts: the operator and the page's own data in one request), so that the
 * server renders the page itself, or the sign-in form, from the first byte. The user is kept here, as the
 * citizen cabinet's gate keeps him (cabinet-gate.tsx): the sign-in form and «Выйти» post without Apollo and
 * say what happened through session-events.ts, and so does a request refused for want of a session. When the
 * session ends while the operator works, the page stays mounted under the sign-in form with what he typed.
 * Pages whose parts read through Apollo wrap them in RegistryGate (registry-gate.tsx).
 */
export function RegistryShell({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  const serverOperator = operatorOf(session);
  const { serverUser, me, leaving, setLeaving } = useServerSession(session);
  // The operator whose page is on screen: kept when his session ends while he works (issue 14). «Выйти» forgets him.
  const [lastOperator, setLastOperator] = useState<Operator | null>(null);
  const current = me && serverOperator?.id === me.id ? serverOperator : null;
  if (!leaving && current && current !== lastOperator) setLastOperator(current);

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
  if (me && !current) {
    return (
      <Main>
        {serverUser?.id === me.id || session.status === 'failed' ? (
          // The server render for him could not read what he may do (a service down or slow): «Повторить».
          <ServerLoadFailure />
        ) : (
          // Signed in just now: the page is being rendered again on the server for him (useRefreshOnSignIn).
          <p role="status" className="muted">
            Загрузка…
          </p>
        )}
      </Main>
    );
  }

  const operator = leaving ? null : (current ?? lastOperator);
  if (!operator) return <SignInDoor portal="registry" session={session} />;
  const expired = !me;
  return (
    <>
      {expired && (
        <Main>
          <SignInFormPanel portal="registry" expired />
        </Main>
      )}
      <div hidden={expired} key={operator.id}>
        <OperatorContext.Provider value={operator}>
          <RegistryMenu
            operator={operator}
            onSignedOut={() => {
              setLeaving(true);
              setLastOperator(null);
            }}
          />
          {/* Hidden under the sign-in form, the form's <main> is the page's landmark. */}
          <Main id={expired ? 'main-hidden' : 'main'}>{children}</Main>
        </OperatorContext.Provider>
      </div>
    </>
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
