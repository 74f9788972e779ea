'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { NavigatorCabinetDocument } from '@/gql/graphql';
import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { MeQuery } from '../../../_auth/auth.operations';
import { SignInGate } from '../../../_auth/sign-in-gate';
import { Main } from '../../../_ui/main';
import { CertificateCabinetView } from './certificate-cabinet';

/**
 * /navigator: the certificate holder's «КАБИНЕТ»; the sign-in form for a visitor; for another role (a provider)
 * what the sign-in gate shows him. `session` is the page's one server-side request: `me` and the cabinet.
 */
export function NavigatorHome({ session }: { session: ServerAnswer }) {
  usePrimedCache(session, [{ query: MeQuery }], [{ query: NavigatorCabinetDocument }]);
  const { data } = useQuery(MeQuery);
  const me = data?.me ?? null;
  return (
    <Main>
      {me?.role === 'CERTIFICATE_HOLDER' ? (
        <CertificateCabinetView key={me.id} />
      ) : (
        <SignInGate portal="navigator" session={session}>
          {me?.role === 'PROVIDER' && (
            <p>
              <Link href="/navigator/contracts">Заявки на обучение по программам организации</Link>
            </p>
          )}
        </SignInGate>
      )}
    </Main>
  );
}
