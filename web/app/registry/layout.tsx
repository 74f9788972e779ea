import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { portals } from '../_auth/portals';
import { RegistryGate } from './_shell/registry-gate';

export const metadata: Metadata = { title: portals.registry.name };

export default function RegistryLayout({ children }: { children: ReactNode }) {
  return <RegistryGate>{children}</RegistryGate>;
}
