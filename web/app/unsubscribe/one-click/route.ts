import { print } from 'graphql';
import type { NextRequest } from 'next/server';
import { gatewayBase } from '@/app/_server/gateway-proxy';
import { UnsubscribeMutation } from '../unsubscribe.operations';

/** The gateway answers within its own deadlines; a mail program's POST is not kept waiting longer. */
const DEADLINE_MS = 15_000;

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });

/**
 * One-click unsubscribe (RFC 8058): a status e-mail's `List-Unsubscribe` header names this address with the
 * link's signed token, and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`; the mail program's «Отписаться»
 * POSTs exactly that body here, with no cookie and no page. Only that POST unsubscribes: a mail scanner's GET
 * is sent to the page that asks for confirmation.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.searchParams.get('token');
  const form = new URLSearchParams(await request.text());
  if (!token || form.get('List-Unsubscribe') !== 'One-Click') {
    return text(400, 'Ожидается запрос отписки в один клик (List-Unsubscribe=One-Click) со ссылкой из письма');
  }
  let answer: { data?: { unsubscribe?: { title: string } | null } | null; errors?: { message: string }[] };
  try {
    const response = await fetch(`${gatewayBase()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: print(UnsubscribeMutation), variables: { token } }),
      cache: 'no-store',
      signal: AbortSignal.timeout(DEADLINE_MS),
    });
    answer = (await response.json()) as typeof answer;
  } catch {
    return text(503, 'Сервис временно недоступен. Попробуйте позже', { 'retry-after': '10' });
  }
  const unsubscribed = answer.data?.unsubscribe;
  if (!unsubscribed) return text(400, answer.errors?.[0]?.message ?? 'Не удалось отписаться');
  return text(200, `Вы отписались от писем «${unsubscribed.title}»`);
}

/** A link opened (or prefetched by a mail scanner): the page that says what will stop and asks to confirm. */
export function GET(request: NextRequest): Response {
  const page = new URL('/unsubscribe', request.nextUrl);
  const token = request.nextUrl.searchParams.get('token');
  if (token) page.searchParams.set('token', token);
  return Response.redirect(page, 303);
}
