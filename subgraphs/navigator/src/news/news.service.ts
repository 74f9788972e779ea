import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, forbidden, Identity, isUuid } from '@pfdo/platform';
import { NewsSnapshot, writeAudit } from '../audit/audit';
import { NavigatorContext } from '../context';
import { checkedNews, checkPageSize, NEWS_COLUMNS, newsItemOf, NewsRow, pageOf, positionOf } from './news-rows';
import { NewsAuthorKind, NewsInput, NewsItem, NewsPage } from './news.type';

/** Who publishes, as a news item records it: the kind, the provider's organization, and the audience. */
interface Publisher {
  kind: NewsAuthorKind;
  organizationId: string | null;
  audienceMunicipalityId: string | null;
}

const notFound = () => domainError(ErrorCode.NotFound, 'Новость не найдена');

/**
 * A provider publishes for its municipality (its card's), a municipal registry operator for his, the regional
 * operator for the whole region. The shield has already let only these three roles in.
 */
async function publisherOf(manager: EntityManager, identity: Identity): Promise<Publisher> {
  if (identity.role === 'REGIONAL_OPERATOR') {
    return { kind: NewsAuthorKind.REGION, organizationId: null, audienceMunicipalityId: null };
  }
  if (identity.role === 'MUNICIPAL_OPERATOR' && identity.municipalityId) {
    return { kind: NewsAuthorKind.MUNICIPALITY, organizationId: null, audienceMunicipalityId: identity.municipalityId };
  }
  if (identity.role === 'PROVIDER' && identity.organizationId) {
    const [card]: Array<{ municipality_id: string }> = await manager.query(
      `SELECT municipality_id FROM navigator.provider_cards WHERE organization_id = $1`,
      [identity.organizationId],
    );
    if (!card) {
      throw domainError(ErrorCode.NotFound, 'Карточка организации ещё не заполнена в навигаторе: новости недоступны');
    }
    return {
      kind: NewsAuthorKind.PROVIDER,
      organizationId: identity.organizationId,
      audienceMunicipalityId: card.municipality_id,
    };
  }
  throw forbidden();
}

const isOwn = (row: NewsRow, publisher: Publisher) =>
  row.author_kind === publisher.kind &&
  (row.author_organization_id ?? null) === publisher.organizationId &&
  (row.audience_municipality_id ?? null) === publisher.audienceMunicipalityId;

const snapshotOf = (row: Pick<NewsRow, 'title' | 'body' | 'unpublished_at'>): NewsSnapshot => ({
  title: row.title,
  body: row.body,
  published: row.unpublished_at === null,
});

/** «Опубликовать»: one row and its audit record, in one transaction. */
export async function publishNews(context: NavigatorContext, input: NewsInput): Promise<NewsItem> {
  const { title, body } = checkedNews(input);
  const identity = context.identity!;
  const now = context.now();
  return context.dataSource.transaction(async (manager) => {
    const publisher = await publisherOf(manager, identity);
    const [row]: NewsRow[] = await manager.query(
      `INSERT INTO navigator.news_items (id, title, body, author_kind, author_organization_id, audience_municipality_id,
         created_by, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${NEWS_COLUMNS}`,
      [
        randomUUID(),
        title,
        body,
        publisher.kind,
        publisher.organizationId,
        publisher.audienceMunicipalityId,
        identity.userId,
        now,
      ],
    );
    await writeAudit(manager, context.caller, {
      action: 'NEWS_PUBLISHED',
      subjectId: row.id,
      after: {
        ...snapshotOf(row),
        authorKind: publisher.kind,
        audienceMunicipalityId: publisher.audienceMunicipalityId,
      },
    });
    return newsItemOf(row);
  });
}

/** The publisher's own item, locked; anyone else's is «not found» (its existence is not told). */
async function lockOwn(manager: EntityManager, identity: Identity, id: string): Promise<NewsRow> {
  if (!isUuid(id)) throw notFound();
  const publisher = await publisherOf(manager, identity);
  const [row]: NewsRow[] = await manager.query(
    `SELECT ${NEWS_COLUMNS} FROM navigator.news_items WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row || !isOwn(row, publisher)) throw notFound();
  return row;
}

/** «Изменить»: the author's own item (a provider's, his municipality's, the region's), audited before and after. */
export async function editNews(context: NavigatorContext, id: string, input: NewsInput): Promise<NewsItem> {
  const { title, body } = checkedNews(input);
  return context.dataSource.transaction(async (manager) => {
    const before = await lockOwn(manager, context.identity!, id);
    // An UPDATE answers [rows, count].
    const [[after]]: [NewsRow[], number] = await manager.query(
      `UPDATE navigator.news_items SET title = $2, body = $3, edited_at = $4 WHERE id = $1 RETURNING ${NEWS_COLUMNS}`,
      [id, title, body, context.now()],
    );
    await writeAudit(manager, context.caller, {
      action: 'NEWS_EDITED',
      subjectId: id,
      before: snapshotOf(before),
      after: snapshotOf(after),
    });
    return newsItemOf(after);
  });
}

/** «Снять с публикации»: the row stays (the audit log names it), hidden from every reader but its author. */
export async function unpublishNews(context: NavigatorContext, id: string): Promise<NewsItem> {
  return context.dataSource.transaction(async (manager) => {
    const before = await lockOwn(manager, context.identity!, id);
    if (before.unpublished_at !== null) return newsItemOf(before);
    // An UPDATE answers [rows, count].
    const [[after]]: [NewsRow[], number] = await manager.query(
      `UPDATE navigator.news_items SET unpublished_at = $2 WHERE id = $1 RETURNING ${NEWS_COLUMNS}`,
      [id, context.now()],
    );
    await writeAudit(manager, context.caller, {
      action: 'NEWS_UNPUBLISHED',
      subjectId: id,
      before: snapshotOf(before),
      after: snapshotOf(after),
    });
    return newsItemOf(after);
  });
}

/**
 * The holder's «НОВОСТИ»: the published news of his certificate's municipality (as the navigator's copy names it)
 * and the region's, newest first, keyset-paged: one statement per page.
 */
export async function myNews(context: NavigatorContext, first: number, after: string | null): Promise<NewsPage> {
  checkPageSize(first);
  const position = positionOf(after);
  const rows: NewsRow[] = await context.dataSource.query(
    `SELECT ${NEWS_COLUMNS} FROM navigator.news_items
      WHERE unpublished_at IS NULL
        AND (audience_municipality_id IS NULL OR audience_municipality_id =
              (SELECT municipality_id FROM navigator.registered_certificates WHERE certificate_id = $1))
        AND ($2::timestamptz IS NULL OR (published_at, id) < ($2::timestamptz, $3::uuid))
      ORDER BY published_at DESC, id DESC LIMIT $4`,
    [context.identity!.userId, position?.publishedAt ?? null, position?.id ?? null, first + 1],
  );
  return pageOf(rows, first);
}

/** The publisher's own news, published or not, newest first (one statement per page). */
export async function authoredNews(context: NavigatorContext, first: number, after: string | null): Promise<NewsPage> {
  checkPageSize(first);
  const position = positionOf(after);
  const publisher = await publisherOf(context.dataSource.manager, context.identity!);
  const rows: NewsRow[] = await context.dataSource.query(
    `SELECT ${NEWS_COLUMNS} FROM navigator.news_items
      WHERE author_kind = $1 AND author_organization_id IS NOT DISTINCT FROM $2::uuid
        AND audience_municipality_id IS NOT DISTINCT FROM $3::uuid
        AND ($4::timestamptz IS NULL OR (published_at, id) < ($4::timestamptz, $5::uuid))
      ORDER BY published_at DESC, id DESC LIMIT $6`,
    [
      publisher.kind,
      publisher.organizationId,
      publisher.audienceMunicipalityId,
      position?.publishedAt ?? null,
      position?.id ?? null,
      first + 1,
    ],
  );
  return pageOf(rows, first);
}
