import { invalidFields } from '@pfdo/platform';
import { Municipality, Organization } from '../references/references';
import { NewsAuthorKind, NewsItem, NewsPage } from './news.type';

export const NEWS_PAGE = 10;
export const MAX_NEWS_PAGE = 50;
export const MAX_NEWS_TITLE = 200;
export const MAX_NEWS_BODY = 5000;
export const NEWS_COLUMNS = `id, title, body, author_kind, author_organization_id, audience_municipality_id, published_at,
  edited_at, unpublished_at`;

export interface NewsRow {
  id: string;
  title: string;
  body: string;
  author_kind: NewsAuthorKind;
  author_organization_id: string | null;
  audience_municipality_id: string | null;
  published_at: Date;
  edited_at: Date | null;
  unpublished_at: Date | null;
}

export const newsItemOf = (row: NewsRow): NewsItem =>
  Object.assign(new NewsItem(), {
    id: row.id,
    title: row.title,
    body: row.body,
    publishedAt: row.published_at,
    editedAt: row.edited_at,
    published: row.unpublished_at === null,
    authorKind: row.author_kind,
    authorOrganization: row.author_organization_id ? Organization.ref(row.author_organization_id) : null,
    audienceMunicipality: row.audience_municipality_id ? Municipality.ref(row.audience_municipality_id) : null,
  });

/** A page's position: the last item's publication time (ms) and id, so that items published together page well. */
export interface NewsPosition {
  publishedAt: Date;
  id: string;
}

const CURSOR = /^(\d{1,15})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function positionOf(after: string | null | undefined): NewsPosition | null {
  if (after === null || after === undefined) return null;
  const match = CURSOR.exec(after);
  if (!match) throw invalidFields({ after: 'Неверная позиция списка новостей. Откройте список заново' });
  return { publishedAt: new Date(Number(match[1])), id: match[2] };
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_NEWS_PAGE) {
    throw invalidFields({ first: `На странице от 1 до ${MAX_NEWS_PAGE} новостей` });
  }
}

/** `rows` were read with LIMIT first + 1: the extra row says whether a next page exists. */
export function pageOf(rows: NewsRow[], first: number): NewsPage {
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return Object.assign(new NewsPage(), {
    items: page.map(newsItemOf),
    nextCursor: rows.length > first && last ? `${last.published_at.getTime()}_${last.id}` : null,
  });
}

/** The title and text, trimmed, each within its limits; every field in error named at once. */
export function checkedNews(input: { title: string; body: string }): { title: string; body: string } {
  const title = input.title.trim();
  const body = input.body.trim();
  const errors: Record<string, string> = {};
  if (title === '') errors.title = 'Укажите заголовок новости';
  else if (title.length > MAX_NEWS_TITLE) errors.title = `Заголовок — не более ${MAX_NEWS_TITLE} символов`;
  if (body === '') errors.body = 'Укажите текст новости';
  else if (body.length > MAX_NEWS_BODY) errors.body = `Текст новости — не более ${MAX_NEWS_BODY} символов`;
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  return { title, body };
}
