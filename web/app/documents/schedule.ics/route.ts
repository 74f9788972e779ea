import type { NextRequest } from 'next/server';
import { documentErrorPage, isNavigation } from '../../_server/document-error-page';
import { forwardToGateway } from '../../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

/** «РАСПИСАНИЕ» → «Скачать расписание (iCal)»: the signed-in holder's lessons, made by the navigator subgraph. */
export async function GET(request: NextRequest) {
  const answer = await forwardToGateway(request, '/documents/schedule.ics');
  return answer.ok || !isNavigation(request) ? answer : documentErrorPage(answer);
}
