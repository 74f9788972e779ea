/**
 * A document link opened in the browser (a navigation, not the page's own fetch) that cannot be served:
 * the person sees why in words, on a page of its own, instead of the JSON the route answers to programs.
 */

const BY_STATUS: Record<number, string> = {
  401: 'Сеанс работы завершён. Войдите в личный кабинет снова и откройте документ ещё раз',
  403: 'Недостаточно прав, чтобы открыть этот документ',
  404: 'Документ не найден',
};
const UNAVAILABLE = 'Сервис временно недоступен. Попробуйте позже';

/** A navigation asks for a page first; the portal's own `fetch` asks for anything. */
export function isNavigation(request: Request): boolean {
  return (
    request.headers.get('sec-fetch-mode') === 'navigate' ||
    (request.headers.get('accept') ?? '').startsWith('text/html')
  );
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The route's error answer, rewritten as a small Russian page with the same status and Retry-After. */
export async function documentErrorPage(failed: Response): Promise<Response> {
  const body = (await failed.json().catch(() => null)) as { error?: { message?: unknown } } | null;
  const given =
    typeof body?.error?.message === 'string' && /[а-яё]/i.test(body.error.message) ? body.error.message : null;
  const message =
    given ??
    BY_STATUS[failed.status] ??
    (failed.status >= 500 ? UNAVAILABLE : 'Не удалось открыть документ. Попробуйте ещё раз');
  const html = `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Документ недоступен</title></head>
<body>
<main>
<h1>Документ недоступен</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/cabinet">Вернуться в личный кабинет</a></p>
</main>
</body>
</html>
`;
  const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  const retryAfter = failed.headers.get('retry-after');
  if (retryAfter) headers.set('retry-after', retryAfter);
  return new Response(html, { status: failed.status, headers });
}
