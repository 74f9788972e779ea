import type { NextRequest } from 'next/server';
import { forwardToGateway } from '../_server/gateway-proxy';

export const dynamic = 'force-dynamic';

export function POST(request: NextRequest) {
  return forwardToGateway(request, '/graphql');
}
