import type { NextRequest } from 'next/server';
import { forwardToGateway, refuseCrossOrigin } from '../../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

/** «Мои параметры»: a new version of the «Положение о ПДО», multipart with `file` (and `municipalityId`). */
export function POST(request: NextRequest) {
  return refuseCrossOrigin(request) ?? forwardToGateway(request, '/uploads/municipal-regulations');
}
