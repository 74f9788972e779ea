import type { ReactNode } from 'react';
import { PageFocus } from '../../_ui/page-focus';
import { CabinetGate } from '../_shell/cabinet-gate';
import { cabinetSession } from '../_shell/cabinet-session';

/**
 * The citizen and his children, in the server render's one request, which the page reads too. No Apollo here:
 * the pages that only show data are server components; those with forms bring their client
 * (primed-cabinet-children.tsx).
 */
export default async function SignedInCabinetLayout({ children }: { children: ReactNode }) {
  const session = await cabinetSession();
  return (
    <>
      <CabinetGate session={session}>{children}</CabinetGate>
      <PageFocus />
    </>
  );
}
