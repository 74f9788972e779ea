import type { Metadata } from 'next';
import { PrimedCabinetChildren } from '../../../_children/primed-cabinet-children';
import { cabinetSession } from '../../../_shell/cabinet-session';
import { ChangeLoginForm } from './change-login-form';

export const metadata: Metadata = { title: 'Изменить логин' };

export default async function ChangeLoginPage() {
  return (
    <PrimedCabinetChildren session={await cabinetSession()}>
      <ChangeLoginForm />
    </PrimedCabinetChildren>
  );
}
