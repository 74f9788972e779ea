import type { Metadata } from 'next';
import { PrimedCabinetChildren } from '../../../../_children/primed-cabinet-children';
import { cabinetSession } from '../../../../_shell/cabinet-session';
import { DocumentPage } from './document-page';

export const metadata: Metadata = { title: 'Описание документа' };

export default async function ChildDocumentPage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return (
    <PrimedCabinetChildren session={await cabinetSession()}>
      <DocumentPage childId={childId} />
    </PrimedCabinetChildren>
  );
}
