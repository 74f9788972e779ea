import { randomUUID } from 'node:crypto';
import type { Response, Router } from 'express';
import { callerOf, ErrorCode, Role } from '@pfdo/platform';
import { CertificatesRuntime } from '../runtime';
import { ReceivedFile, receiveOneFile } from '../storage/multipart';
import { DocumentScanEntity } from './child-document.entity';
import { QuotaRefusal } from './scan-upload-quota';

export const SCAN_UPLOAD_PATH = '/uploads/document-scans';

/** «Поддерживаемые форматы .JPG, .JPEG, .PNG, .GIF», recognized by content, never by the file's name. */
const ACCEPTED_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif']);
/** Only a citizen attaches a scan (addChildDocument), and only his own upload: anyone else's would be stored for nothing. */
const UPLOADERS: ReadonlySet<Role> = new Set(['CITIZEN']);

function fail(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ error: { code, message } });
}

function refuseOverQuota(response: Response, refusal: QuotaRefusal): void {
  response.setHeader('retry-after', String(refusal.retryAfterSeconds));
  response.status(429).json({ error: { code: ErrorCode.RateLimited, ...refusal } });
}

/** The scan of a child's document: multipart upload; GraphQL then carries only the returned id. */
export function scanUploadRoutes(runtime: CertificatesRuntime) {
  const maxMegabytes = Math.round(runtime.config.maxScanBytes / 1024 / 1024);
  return (router: Router) => {
    router.post(SCAN_UPLOAD_PATH, async (request, response) => {
      const identity = callerOf(response).identity;
      if (!identity) return fail(response, 401, ErrorCode.Unauthenticated, 'Требуется вход в систему');
      if (!UPLOADERS.has(identity.role)) {
        return fail(
          response,
          403,
          ErrorCode.Forbidden,
          'Сканы документов загружает заявитель в личном кабинете: недостаточно прав для этого действия',
        );
      }

      const declared = Number(request.header('content-length'));
      const early = await runtime.scanQuota.precheck(identity.userId, Number.isFinite(declared) ? declared : null);
      if (early) return refuseOverQuota(response, early);

      let file: ReceivedFile | null;
      try {
        file = (await receiveOneFile(request, runtime.config.maxScanBytes)).file;
      } catch {
        return fail(response, 400, 'BAD_UPLOAD', 'Файл не получен: отправьте форму ещё раз');
      }
      if (!file || file.bytes.length === 0)
        return fail(response, 400, 'NO_FILE', 'Выберите файл со сканом или фотографией документа');
      if (file.truncated) {
        return fail(response, 413, 'SCAN_TOO_LARGE', `Файл слишком большой: не более ${maxMegabytes} МБ`);
      }
      const { fileTypeFromBuffer } = await import('file-type');
      const detected = await fileTypeFromBuffer(file.bytes);
      if (!detected || !ACCEPTED_TYPES.has(detected.mime)) {
        return fail(
          response,
          415,
          'UNSUPPORTED_SCAN_FORMAT',
          'Неподдерживаемый формат файла. Поддерживаемые форматы .JPG, .JPEG, .PNG, .GIF',
        );
      }

      const refusal = await runtime.scanQuota.take(identity.userId, file.bytes.length);
      if (refusal) return refuseOverQuota(response, refusal);

      const id = randomUUID();
      const now = new Date();
      const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
      await runtime.storage.put(storageKey, file.bytes);
      await runtime.dataSource.getRepository(DocumentScanEntity).insert({
        id,
        uploadedByUserId: identity.userId,
        storageKey,
        contentType: detected.mime,
        sizeBytes: file.bytes.length,
        originalName: file.name.slice(0, 255),
      });
      response.status(201).json({ id, contentType: detected.mime, size: file.bytes.length, name: file.name });
    });
  };
}
