'use client';

/**
 * What shows when the root layout itself fails to render (a page's own error stays inside the layout). It
 * stands in for Next.js's built-in root error page, which is English and, with its styles and icon, 1.9 KiB
 * gzip of the JavaScript every page loads, the landing page included. The app's stylesheet is not loaded here:
 * a plain page, in Russian, with a way back.
 */
export default function GlobalError() {
  return (
    <html lang="ru">
      <body>
        <title>Ошибка — ПФДО Кемеровской области</title>
        <main>
          <h1>Страница не открылась</h1>
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a page load, as the app's router has failed */}
            Произошла ошибка. <a href="">Обновите страницу</a> или вернитесь <a href="/">на главную</a>.
          </p>
        </main>
      </body>
    </html>
  );
}
