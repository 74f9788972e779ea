import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { registryPageQuery } from '@/app/registry/_shell/registry-session';
import { CreateStaffAccountForm } from './create-staff-account-form';

export const metadata: Metadata = { title: 'Создать нового пользователя — Реестр сертификатов' };

const NewStaffAccountPageQuery = registryPageQuery('NewStaffAccountPage');

export default async function NewStaffAccountPage() {
  return (
    <RegistryGate session={await serverQuery(NewStaffAccountPageQuery)}>
      <CreateStaffAccountForm />
    </RegistryGate>
  );
}
