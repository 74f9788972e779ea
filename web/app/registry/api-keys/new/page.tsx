import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { registryPageQuery } from '@/app/registry/_shell/registry-session';
import { IssueApiKeyForm } from './issue-api-key-form';

export const metadata: Metadata = { title: 'Выпустить ключ API — Реестр сертификатов' };

const NewApiKeyPageQuery = registryPageQuery('NewApiKeyPage');

export default async function NewApiKeyPage() {
  return (
    <RegistryGate session={await serverQuery(NewApiKeyPageQuery)}>
      <IssueApiKeyForm />
    </RegistryGate>
  );
}
