import type { Metadata } from 'next';
import { IssuePage } from './issue-page';

export const metadata: Metadata = { title: 'Получение сертификата ПДО' };

export default async function IssueCertificatePage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return <IssuePage childId={childId} />;
}
