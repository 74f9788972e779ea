import type { NextRequest } from 'next/server';
import { documentErrorPage, isNavigation } from '../../../../_server/document-error-page';
import { forwardToGateway } from '../../../../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

/** «Скачать заявление»: the filled application form, rendered by the certificates subgraph on each request. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const answer = await forwardToGateway(request, `/documents/applications/${encodeURIComponent(id)}/form.pdf`);
  return answer.ok || !isNavigation(request) ? answer : documentErrorPage(answer);
}
