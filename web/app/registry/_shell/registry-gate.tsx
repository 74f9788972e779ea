import type { ReactNode } from 'react';
import { AppApolloProvider } from '../../_apollo/apollo-provider';
import type { ServerAnswer } from '../../_apollo/prime';
import { ApolloRegistryGate } from './apollo-registry-gate';

/**
 * The registry's door for a page whose parts read and write through Apollo, with the browser's Apollo client
 * (the layout loads none, so that the pages rendered on the server without Apollo — the start page, the
 * register, an application, «Создать заявку», behind RegistryShell — do not load it). `session` is the page's
 * one server-side answer (registry-session.ts), which the page's parts prime their queries with; when the server
 * render could not ask, the gate asks from the browser.
 */
export function RegistryGate({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  return (
    <AppApolloProvider>
      <ApolloRegistryGate session={session}>{children}</ApolloRegistryGate>
    </AppApolloProvider>
  );
}
