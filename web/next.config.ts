import type { NextConfig } from 'next';
import { DATA_ROUTE_CSP, HSTS, STATIC_SECURITY_HEADERS } from './security-headers';

/**
 * Next.js's legacy polyfills (`polyfill-module`, in the JavaScript every page loads) patch what every browser of
 * the browserslist in package.json has natively: the browser bundle gets an empty module instead
 * (no-legacy-polyfills.js says which polyfills, and why none is missed). The `nomodule` polyfill file that
 * Next.js still writes is loaded by no browser that runs modules.
 */
const NO_LEGACY_POLYFILLS = { browser: './no-legacy-polyfills.js' };

/**
 * Next.js's router imports its built-in root error page (English, 1.9 KiB gzip with its styles and icon) for its
 * outermost error boundary, even when the app has its own: every page would load both. The built-in one is
 * replaced by the app's (app/global-error.tsx), so that every page loads that one alone.
 */
const GLOBAL_ERROR = './app/global-error.tsx';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Tree shaking of Next.js's own client code, which is CommonJS: 0.7 KiB gzip off every page's JavaScript.
    turbopackCjsTreeShaking: true,
    // Turbopack's chunker (experimental in Next 16.4): small chunks are merged up to 100 000 bytes instead of 50 000.
    // With the developer portal's explorer (GraphiQL) in the app, Next's own client code on every page was split into
    // three more small chunks, which gzip worse apart: the landing page's JavaScript 129.4 → 130.4 KiB gzip, past its
    // 130 budget; merged it is 129.0, the other pages within ±1.3 KiB (`LIGHTHOUSE_RUNS=0 npm run lighthouse`).
    turbopackChunking: { minChunkSize: 100_000 },
  },
  turbopack: {
    resolveAlias: {
      'next/dist/build/polyfills/polyfill-module': NO_LEGACY_POLYFILLS,
      '../build/polyfills/polyfill-module': NO_LEGACY_POLYFILLS,
      'next/dist/client/components/builtin/global-error': GLOBAL_ERROR,
      './builtin/global-error': GLOBAL_ERROR,
      '../components/builtin/global-error': GLOBAL_ERROR,
    },
  },
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
