import type { NextRequest } from 'next/server';
import { forwardToGateway } from '../../../../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

/** «Скачать заявление»: the filled application form, rendered by the certificates subgraph on each request. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return forwardToGateway(request, `/documents/applications/${encodeURIComponent(id)}/form.pdf`);
}
