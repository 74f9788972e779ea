import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { portals } from '../_auth/portals';
import { PageFocus } from '../_ui/page-focus';

export const metadata: Metadata = { title: portals.registry.name };

/**
 * Each page renders its door itself (RegistryShell, or RegistryGate with Apollo for the pages that read through
 * it), with the answer of its one server-side request. No Apollo here: the pages that only show data are
 * rendered on the server and load none.
 */
export default function RegistryLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <PageFocus />
    </>
  );
}
