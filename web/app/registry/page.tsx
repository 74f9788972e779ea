import type { Metadata } from 'next';
import { portals } from '../_auth/portals';
import { SignInGate } from '../_auth/sign-in-gate';

export const metadata: Metadata = { title: portals.registry.name };

export default function RegistryPage() {
  return <SignInGate portal="registry" />;
}
