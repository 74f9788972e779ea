import type { Metadata } from 'next';
import { ApplicationView } from './application-view';

export const metadata: Metadata = { title: 'Заявка на сертификат' };

export default async function ChildApplicationPage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return <ApplicationView childId={childId} />;
}
