import type { ReactNode } from 'react';
import { CabinetGate } from '../_shell/cabinet-gate';

export default function SignedInCabinetLayout({ children }: { children: ReactNode }) {
  return <CabinetGate>{children}</CabinetGate>;
}
