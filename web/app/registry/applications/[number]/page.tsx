import type { Metadata } from 'next';
import { ApplicationPage } from './application-page';

export const metadata: Metadata = { title: 'Заявка — Реестр сертификатов' };

export default async function RegistryApplicationPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  return <ApplicationPage number={number} />;
}
