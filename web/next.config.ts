import type { NextConfig } from 'next';
import { DATA_ROUTE_CSP, HSTS, STATIC_SECURITY_HEADERS } from './security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_SECURITY_HEADERS },
      ...['/graphql', '/uploads/:path*', '/documents/:path*'].map((source) => ({
        source,
        headers: [{ key: 'Content-Security-Policy', value: DATA_ROUTE_CSP }],
      })),
      {
        source: '/:path*',
        has: [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https' }],
        headers: [HSTS],
      },
    ];
  },
};

export default nextConfig;
