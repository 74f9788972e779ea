import type { NextRequest } from 'next/server';
import { forwardToGateway, refuseCrossOrigin } from '../../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

/** «ПОРТФОЛИО»: a diploma's file (PDF, JPEG, PNG) as the request's body; answers `{ id, … }` or `{ error }`. */
export function POST(request: NextRequest) {
  return refuseCrossOrigin(request) ?? forwardToGateway(request, '/uploads/portfolio-files');
}
