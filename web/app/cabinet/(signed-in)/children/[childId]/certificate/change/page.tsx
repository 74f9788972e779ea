import type { Metadata } from 'next';
import { PrimedCabinetChildren } from '../../../../../_children/primed-cabinet-children';
import { cabinetSession } from '../../../../../_shell/cabinet-session';
import { ChangePage } from './change-page';

export const metadata: Metadata = { title: 'Заявка на изменение сертификата' };

export default async function CertificateChangePage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return (
    <PrimedCabinetChildren session={await cabinetSession()}>
      <ChangePage childId={childId} />
    </PrimedCabinetChildren>
  );
}
