import type { Metadata } from 'next';
import { PrimedCabinetChildren } from '../../../../_children/primed-cabinet-children';
import { cabinetSession } from '../../../../_shell/cabinet-session';
import { ApplicationView } from './application-view';

export const metadata: Metadata = { title: 'Заявка на сертификат' };

export default async function ChildApplicationPage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return (
    <PrimedCabinetChildren session={await cabinetSession()}>
      <ApplicationView childId={childId} />
    </PrimedCabinetChildren>
  );
}
