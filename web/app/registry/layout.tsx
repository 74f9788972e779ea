import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AppApolloProvider } from '../_apollo/apollo-provider';
import { portals } from '../_auth/portals';
import { PageFocus } from '../_ui/page-focus';

export const metadata: Metadata = { title: portals.registry.name };

/** Each page renders RegistryGate itself, with the answer of its one server-side request. */
export default function RegistryLayout({ children }: { children: ReactNode }) {
  return (
    <AppApolloProvider>
      {children}
      <PageFocus />
    </AppApolloProvider>
  );
}
