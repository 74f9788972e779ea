import type { Metadata } from 'next';
import { PrimedCabinetChildren } from '../../../_children/primed-cabinet-children';
import { cabinetSession } from '../../../_shell/cabinet-session';
import { ApplicationRedirect } from './application-redirect';

export const metadata: Metadata = { title: 'Заявка на сертификат' };

/** An application by its id (the e-mail link leads here after sign-in): opens the child's application page. */
export default async function ApplicationByIdPage({ params }: { params: Promise<{ applicationId: string }> }) {
  const { applicationId } = await params;
  return (
    <PrimedCabinetChildren session={await cabinetSession()}>
      <ApplicationRedirect applicationId={applicationId} />
    </PrimedCabinetChildren>
  );
}
