import type { Metadata } from 'next';
import { PrimedCabinetChildren } from '../../../_children/primed-cabinet-children';
import { cabinetSession } from '../../../_shell/cabinet-session';
import { ChangePasswordForm } from './change-password-form';

export const metadata: Metadata = { title: 'Изменить пароль' };

export default async function ChangePasswordPage() {
  return (
    <PrimedCabinetChildren session={await cabinetSession()}>
      <ChangePasswordForm />
    </PrimedCabinetChildren>
  );
}
