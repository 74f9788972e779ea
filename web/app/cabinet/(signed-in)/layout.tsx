import type { ReactNode } from 'react';
import { AppApolloProvider } from '../../_apollo/apollo-provider';
import { CabinetGate } from '../_shell/cabinet-gate';
import { cabinetSession } from '../_shell/cabinet-session';

/** The citizen and his children, in the server render's one request, which the page reads too. */
export default async function SignedInCabinetLayout({ children }: { children: ReactNode }) {
  const session = await cabinetSession();
  return (
    <AppApolloProvider>
      <CabinetGate session={session}>{children}</CabinetGate>
    </AppApolloProvider>
  );
}
