import { domainError, ErrorCode, forbidden, invalidFields } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { NavigatorContext } from '../context';
import { HelpArticle, HelpArticleInput, HelpArticleRow, HelpKind } from './help.type';

export const MAX_HELP_TITLE = 300;
export const MAX_HELP_BODY = 20_000;
export const MAX_VIDEO_URL = 2_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLUMNS = 'id, kind, title, body, video_url, position';

/** The help is the region's: only its regional operator writes it (checked again here, before any write). */
function requireRegionalOperator(context: NavigatorContext) {
  if (context.identity?.role !== 'REGIONAL_OPERATOR') throw forbidden();
}

const notFound = () => domainError(ErrorCode.NotFound, 'Материал помощи не найден. Обновите страницу');

export async function listHelpArticles(context: NavigatorContext): Promise<HelpArticle[]> {
  const rows = (await context.dataSource.query(
    `SELECT ${COLUMNS} FROM navigator.help_articles ORDER BY kind, position, title`,
  )) as HelpArticleRow[];
  return rows.map(HelpArticle.from);
}

/** The operator's text, checked: a title, a body within its limit, a video's http(s) address (and only a video's). */
function checkInput(input: HelpArticleInput) {
  const title = input.title.trim();
  const body = input.body.replace(/\r\n/g, '\n').trim();
  const videoUrl = input.videoUrl?.trim() || null;
  const fields: Record<string, string> = {};
  if (!title) fields.title = 'Введите заголовок';
  else if (title.length > MAX_HELP_TITLE) fields.title = `Заголовок — не длиннее ${MAX_HELP_TITLE} символов`;
  if (body.length > MAX_HELP_BODY) fields.body = `Текст — не длиннее ${MAX_HELP_BODY} символов`;
  if (input.kind === HelpKind.VIDEO) {
    if (!videoUrl) fields.videoUrl = 'Укажите адрес видео';
    else if (!isHttpUrl(videoUrl) || videoUrl.length > MAX_VIDEO_URL) {
      fields.videoUrl = 'Адрес видео должен начинаться с http:// или https://';
    }
  } else if (!body) fields.body = 'Введите текст';
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  return { title, body, videoUrl: input.kind === HelpKind.VIDEO ? videoUrl : null, position: input.position };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Adds or rewrites a help article (the regional operator), audited in the same transaction. */
export async function saveHelpArticle(context: NavigatorContext, input: HelpArticleInput): Promise<HelpArticle> {
  requireRegionalOperator(context);
  const checked = checkInput(input);
  if (input.id && !UUID.test(input.id)) throw notFound();
  return context.dataSource.transaction(async (manager) => {
    let before: HelpArticleRow | undefined;
    let rows: HelpArticleRow[];
    if (input.id) {
      [before] = (await manager.query(`SELECT ${COLUMNS} FROM navigator.help_articles WHERE id = $1 FOR UPDATE`, [
        input.id,
      ])) as HelpArticleRow[];
      if (!before) throw notFound();
      [rows] = (await manager.query(
        `UPDATE navigator.help_articles SET kind = $2, title = $3, body = $4, video_url = $5, position = $6,
           updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
        [input.id, input.kind, checked.title, checked.body, checked.videoUrl, checked.position],
      )) as [HelpArticleRow[], number];
    } else {
      rows = (await manager.query(
        `INSERT INTO navigator.help_articles (kind, title, body, video_url, position)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [input.kind, checked.title, checked.body, checked.videoUrl, checked.position],
      )) as HelpArticleRow[];
    }
    const saved = rows[0];
    await writeAudit(manager, context.caller, {
      action: 'HELP_ARTICLE_SAVED',
      subjectId: saved.id,
      ...(before && { before: { ...before } }),
      after: { ...saved },
    });
    return HelpArticle.from(saved);
  });
}

export async function deleteHelpArticle(context: NavigatorContext, id: string): Promise<boolean> {
  requireRegionalOperator(context);
  if (!UUID.test(id)) throw notFound();
  await context.dataSource.transaction(async (manager) => {
    const [rows] = (await manager.query(`DELETE FROM navigator.help_articles WHERE id = $1 RETURNING ${COLUMNS}`, [
      id,
    ])) as [HelpArticleRow[], number];
    if (!rows[0]) throw notFound();
    await writeAudit(manager, context.caller, {
      action: 'HELP_ARTICLE_DELETED',
      subjectId: id,
      before: { ...rows[0] },
    });
  });
  return true;
}
