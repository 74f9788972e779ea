import type { Metadata } from 'next';
import { AppApolloProvider } from '@/app/_apollo/apollo-provider';
import { Main } from '@/app/_ui/main';
import { AttendanceVerification } from './attendance-verification';

export const metadata: Metadata = { title: 'Проверка справки о посещении кружков' };
export const dynamic = 'force-dynamic';

/**
 * The public check of «Справка о посещении кружков» by the code its QR carries: genuine, revoked or unknown, and
 * what the paper says, nothing more. No sign-in.
 */
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <AppApolloProvider>
      <Main>
        <h1>Проверка справки о посещении кружков</h1>
        <AttendanceVerification code={code} />
      </Main>
    </AppApolloProvider>
  );
}
