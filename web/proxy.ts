import { NextRequest, NextResponse } from 'next/server';
import { PATHNAME_HEADER } from './app/_server/pathname';
import { pageCsp } from './security-headers';

/**
 * A fresh nonce for every page request, in the Content-Security-Policy of the answer and of the request:
 * Next.js reads it there and puts it on the scripts it renders (so every page is rendered per request).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = pageCsp(nonce, {
    https: request.headers.get('x-forwarded-proto') === 'https',
    development: process.env.NODE_ENV === 'development',
    explorer: request.nextUrl.pathname === '/developers/explorer',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  // The path, for the server-rendered site navigation (app/site-nav.tsx), which has no router of its own.
  requestHeaders.set(PATHNAME_HEADER, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the static files, and not the route handlers, whose bodies (uploads of up to
      // 10 MB) must not pass through the proxy; next.config.ts gives those their headers.
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|graphql|uploads/|documents/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
