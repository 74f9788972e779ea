import type { Metadata } from 'next';
import { portals } from '../_auth/portals';
import { SignInGate } from '../_auth/sign-in-gate';

export const metadata: Metadata = { title: portals.cabinet.name };

export default function CabinetPage() {
  return <SignInGate portal="cabinet" />;
}
