import type { NextRequest } from 'next/server';
import { documentErrorPage, isNavigation } from '../../../../_server/document-error-page';
import { forwardToGateway } from '../../../../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

/** The current «Положение о персонифицированном дополнительном образовании» of a municipality. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const answer = await forwardToGateway(request, `/documents/municipalities/${encodeURIComponent(id)}/regulation.pdf`);
  return answer.ok || !isNavigation(request) ? answer : documentErrorPage(answer);
}
