import type { NextRequest } from 'next/server';
import { documentErrorPage, isNavigation } from '../../../../_server/document-error-page';
import { forwardToGateway } from '../../../../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

/** A portfolio item's file, to the certificate's holder and the provider that added it. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const answer = await forwardToGateway(request, `/documents/portfolio/${encodeURIComponent(id)}/file`);
  return answer.ok || !isNavigation(request) ? answer : documentErrorPage(answer);
}
