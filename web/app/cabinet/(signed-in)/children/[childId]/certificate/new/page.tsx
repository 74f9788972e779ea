import type { Metadata } from 'next';
import { PrimedCabinetChildren } from '../../../../../_children/primed-cabinet-children';
import { cabinetSession } from '../../../../../_shell/cabinet-session';
import { IssuePage } from './issue-page';

export const metadata: Metadata = { title: 'Получение сертификата ПДО' };

export default async function IssueCertificatePage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return (
    <PrimedCabinetChildren session={await cabinetSession()}>
      <IssuePage childId={childId} />
    </PrimedCabinetChildren>
  );
}
