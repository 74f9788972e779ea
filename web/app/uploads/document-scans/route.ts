import type { NextRequest } from 'next/server';
import { forwardToGateway, refuseCrossOrigin } from '../../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

/** «Документ»: the scan of a child's document, multipart with the field `file`; answers `{ id, … }` or `{ error }`. */
export function POST(request: NextRequest) {
  return refuseCrossOrigin(request) ?? forwardToGateway(request, '/uploads/document-scans');
}
