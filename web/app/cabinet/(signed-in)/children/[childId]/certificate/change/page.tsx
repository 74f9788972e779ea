import type { Metadata } from 'next';
import { ChangePage } from './change-page';

export const metadata: Metadata = { title: 'Заявка на изменение сертификата' };

export default async function CertificateChangePage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return <ChangePage childId={childId} />;
}
