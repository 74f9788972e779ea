import type { Metadata } from 'next';
import { portals } from '../_auth/portals';
import { SignInGate } from '../_auth/sign-in-gate';
import { Main } from '../_ui/main';

export const metadata: Metadata = { title: portals.navigator.name };

export default function NavigatorPage() {
  return (
    <Main>
      <SignInGate portal="navigator" />
    </Main>
  );
}
