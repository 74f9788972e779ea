import type { ReactNode } from 'react';
import { AppApolloProvider } from '../../_apollo/apollo-provider';
import type { ServerAnswer } from '../../_apollo/prime';
import { RegistryShell } from './registry-shell';

/**
 * The registry's door (registry-shell.tsx) for a page whose parts read and write through Apollo: they get the
 * browser's Apollo client under it (the layout loads none, so that the pages rendered on the server without
 * Apollo — the start page, the register, an application, «Создать заявку» — do not load it). `session` is the
 * page's one server-side answer (registry-session.ts), which the page's parts prime their queries with.
 */
export function RegistryGate({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  return (
    <RegistryShell session={session}>
      <AppApolloProvider>{children}</AppApolloProvider>
    </RegistryShell>
  );
}
