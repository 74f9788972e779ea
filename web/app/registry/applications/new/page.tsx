import type { Metadata } from 'next';
import { KINDS } from '@/app/registry/_shell/names';
import type { ApplicationKind } from '@/gql/graphql';
import { CreateApplicationForm } from './create-application-form';

export const metadata: Metadata = { title: 'Создать заявку — Реестр сертификатов' };

export default async function NewApplicationPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const { kind } = await searchParams;
  const initialKind = KINDS.includes(kind as ApplicationKind) ? (kind as ApplicationKind) : 'NEW_CERTIFICATE';
  return <CreateApplicationForm initialKind={initialKind} />;
}
