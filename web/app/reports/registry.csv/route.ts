import type { NextRequest } from 'next/server';
import { documentErrorPage, isNavigation } from '../../_server/document-error-page';
import { forwardToGateway } from '../../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

/** «Отчеты» → «Скачать CSV»: the query (from, to, municipalityId) goes on as it came. */
export async function GET(request: NextRequest) {
  const answer = await forwardToGateway(request, '/reports/registry.csv');
  return answer.ok || !isNavigation(request) ? answer : documentErrorPage(answer);
}
