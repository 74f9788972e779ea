import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteNav } from './site-nav';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: 'Реестр сертификатов дополнительного образования Кемеровской области',
    template: '%s — ПФДО Кемеровской области',
  },
  description:
    'Сертификаты дополнительного образования детей Кемеровской области: заявки, реестр сертификатов и навигатор программ.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Every page is rendered per request, so that its scripts carry the nonce of its Content-Security-Policy
// (proxy.ts); a page prerendered at build time would carry none and stay inert.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ru">
      <body>
        <a className="skip-link" href="#main">
          Перейти к содержанию
        </a>
        <header className="site-header">
          <div className="container site-header-inner">
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link, so that the landing page loads no router link code (site-nav.tsx) */}
            <a href="/" className="site-brand">
              <span className="site-brand-mark" aria-hidden="true">
                ПФДО
              </span>
              <span className="site-brand-name">Сертификаты дополнительного образования · Кемеровская область</span>
            </a>
            <SiteNav />
          </div>
        </header>
        {/* Each page puts its own <main> (app/_ui/main.tsx) after the portal's menu. */}
        <div className="container site-main">{children}</div>
        <footer className="site-footer">
          <div className="container">
            Персонифицированное финансирование дополнительного образования детей (ПФДО), Кемеровская область — Кузбасс
            {' · '}
            <a href="/developers">Разработчикам: API</a>
          </div>
        </footer>
      </body>
    </html>
  );
}
