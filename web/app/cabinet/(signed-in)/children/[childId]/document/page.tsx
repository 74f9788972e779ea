import type { Metadata } from 'next';
import { DocumentPage } from './document-page';

export const metadata: Metadata = { title: 'Описание документа' };

export default async function ChildDocumentPage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return <DocumentPage childId={childId} />;
}
