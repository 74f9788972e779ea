import { randomUUID } from 'node:crypto';
import type { Request, Response, Router } from 'express';
import { DataSource } from 'typeorm';
import { callerOf, DailyUploadQuota, ErrorCode, isUuid, QuotaRefusal } from '@pfdo/platform';
import { MAX_PORTFOLIO_FILE_BYTES, portfolioContentType } from './portfolio-file-check';
import { PORTFOLIO_FILE_PATH } from './portfolio-rows';

export const PORTFOLIO_UPLOAD_PATH = '/uploads/portfolio-files';

const MAX_MEGABYTES = MAX_PORTFOLIO_FILE_BYTES / 1024 / 1024;
const TOO_LARGE = `Файл слишком большой: не более ${MAX_MEGABYTES} МБ`;
const UNSUPPORTED = 'Неподдерживаемый формат файла. Поддерживаемые форматы .PDF, .JPG, .JPEG, .PNG';

/**
 * Each account's files a day: a family adds a few diplomas, a provider those of a whole competition's children; far
 * above either, yet a bound on what one account can put into the database.
 */
export const PORTFOLIO_FILES_PER_DAY = 100;
export const PORTFOLIO_MEGABYTES_PER_DAY = 300;

function fail(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ error: { code, message } });
}

function refuseOverQuota(response: Response, refusal: QuotaRefusal): void {
  response.setHeader('retry-after', String(refusal.retryAfterSeconds));
  response.status(429).json({ error: { code: ErrorCode.RateLimited, ...refusal } });
}

/**
 * The request's body, or null when it passes `maxBytes`: the rest is read to its end but not kept, so that the
 * answer reaches a client still sending (an answer before the body's end resets the connection).
 */
async function bodyOf(request: Request, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  return size > maxBytes ? null : Buffer.concat(chunks);
}

/** `attachment; filename*=UTF-8''…`: the name as chosen, Cyrillic kept, nothing that breaks the header. */
const dispositionOf = (name: string) =>
  `attachment; filename="portfolio"; filename*=UTF-8''${encodeURIComponent(name.replace(/[\r\n"\\/]/g, '_'))}`;

/**
 * «ПОРТФОЛИО» files: the holder or a provider uploads the file's bytes as the request's body (its type recognized by
 * content: PDF, JPEG, PNG, up to 5 MB); the GraphQL mutation then attaches it to an item by the returned id. A
 * file is downloaded by the item's id, only by those the item is shown to: the certificate's holder, and the provider
 * that added it. Anyone else gets «not found», as if it did not exist.
 */
export function portfolioRoutes(dataSource: DataSource, now: () => Date) {
  const quota = new DailyUploadQuota(dataSource, {
    schema: 'navigator',
    table: 'upload_quotas',
    keyPrefixes: { files: 'portfolio', volume: 'portfolio-kib' },
    filesPerDay: PORTFOLIO_FILES_PER_DAY,
    megabytesPerDay: PORTFOLIO_MEGABYTES_PER_DAY,
    what: 'файлов портфолио',
  });
  return (router: Router) => {
    router.post(PORTFOLIO_UPLOAD_PATH, async (request, response) => {
      const identity = callerOf(response).identity;
      if (!identity) return fail(response, 401, ErrorCode.Unauthenticated, 'Требуется вход в систему');
      if (identity.role !== 'CERTIFICATE_HOLDER' && !(identity.role === 'PROVIDER' && identity.organizationId)) {
        return fail(
          response,
          403,
          ErrorCode.Forbidden,
          'Файлы портфолио загружают семья и организация: недостаточно прав',
        );
      }
      const declared = Number(request.header('content-length'));
      // Far over the limit: refused before a byte is read (the client's connection is then closed).
      if (Number.isFinite(declared) && declared > 4 * MAX_PORTFOLIO_FILE_BYTES) {
        return fail(response, 413, ErrorCode.PortfolioFileTooLarge, TOO_LARGE);
      }
      const early = await quota.precheck(identity.userId, Number.isFinite(declared) ? declared : null);
      if (early) return refuseOverQuota(response, early);
      let bytes: Buffer | null;
      try {
        bytes = await bodyOf(request, MAX_PORTFOLIO_FILE_BYTES);
      } catch {
        return fail(response, 400, ErrorCode.BadUpload, 'Файл не получен: отправьте его ещё раз');
      }
      if (bytes === null) return fail(response, 413, ErrorCode.PortfolioFileTooLarge, TOO_LARGE);
      if (bytes.length === 0) return fail(response, 400, ErrorCode.NoFile, 'Выберите файл диплома или грамоты');
      const contentType = portfolioContentType(bytes);
      if (!contentType) return fail(response, 415, ErrorCode.UnsupportedPortfolioFileFormat, UNSUPPORTED);
      const refusal = await quota.take(identity.userId, bytes.length);
      if (refusal) return refuseOverQuota(response, refusal);
      const id = randomUUID();
      await dataSource.query(
        `INSERT INTO navigator.portfolio_files (id, uploaded_by, content_type, size_bytes, bytes, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, identity.userId, contentType, bytes.length, bytes, now()],
      );
      response.status(201).json({ id, contentType, size: bytes.length });
    });

    router.get(PORTFOLIO_FILE_PATH, async (request, response) => {
      const identity = callerOf(response).identity;
      if (!identity) return fail(response, 401, ErrorCode.Unauthenticated, 'Требуется вход в систему');
      const id = String(request.params.id);
      const [file]: Array<{ content_type: string; bytes: Buffer; file_name: string | null }> = isUuid(id)
        ? await dataSource.query(
            `SELECT f.content_type, f.bytes, i.file_name FROM navigator.portfolio_items i
               JOIN navigator.portfolio_files f ON f.id = i.file_id
              WHERE i.id = $1
                AND ((i.certificate_id = $2 AND $3 = 'CERTIFICATE_HOLDER')
                  OR (i.added_by_organization_id = $4::uuid AND $3 = 'PROVIDER'))`,
            [id, identity.userId, identity.role, identity.organizationId ?? null],
          )
        : [];
      if (!file) return fail(response, 404, ErrorCode.NotFound, 'Файл не найден');
      response
        .status(200)
        .set({
          'content-type': file.content_type,
          'content-disposition': dispositionOf(file.file_name ?? 'portfolio'),
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        })
        .send(file.bytes);
    });
  };
}
