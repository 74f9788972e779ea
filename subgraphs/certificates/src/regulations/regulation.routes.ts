import type { Response, Router } from 'express';
import { callerOf, ErrorCode, isUuid } from '@pfdo/platform';
import { rights } from '../permissions';
import { CertificatesRuntime } from '../runtime';
import { ReceivedForm, receiveOneFile } from '../storage/multipart';
import { isPdf } from './pdf-check';
import { addRegulationVersion, findCurrentRegulation, regulationMunicipalityOf } from './regulation.service';

export const REGULATION_UPLOAD_PATH = '/uploads/municipal-regulations';
export const REGULATION_DOWNLOAD_PATH = '/documents/municipalities/:id/regulation.pdf';

export const NOT_PDF_MESSAGE = 'Загрузите Положение в формате PDF: выбранный файл не является документом PDF';

function fail(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ error: { code, message } });
}

/**
 * «Положение о персонифицированном дополнительном образовании»: a registry operator uploads a new version for
 * his municipality (multipart: `file`, and `municipalityId` for the regional operator); anyone opens the
 * current one (a municipal act is public, and parents read it before they apply).
 */
export function regulationRoutes(runtime: CertificatesRuntime) {
  const maxBytes = runtime.config.maxRegulationBytes;
  const maxMegabytes = Math.round(maxBytes / 1024 / 1024);
  return (router: Router) => {
    router.post(REGULATION_UPLOAD_PATH, async (request, response) => {
      const caller = callerOf(response);
      const { identity } = caller;
      if (!identity) return fail(response, 401, ErrorCode.Unauthenticated, 'Требуется вход в систему');
      if (!rights.manageRegulation(identity)) {
        return fail(response, 403, ErrorCode.Forbidden, 'Положение загружает оператор реестра муниципалитета');
      }
      const declared = Number(request.header('content-length'));
      // Refused before a byte is read when the browser says it is too large (a form adds a few hundred bytes).
      if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024) {
        return fail(response, 413, ErrorCode.RegulationTooLarge, `Файл слишком большой: не более ${maxMegabytes} МБ`);
      }
      let form: ReceivedForm;
      try {
        form = await receiveOneFile(request, maxBytes);
      } catch {
        return fail(response, 400, ErrorCode.BadUpload, 'Файл не получен: отправьте форму ещё раз');
      }
      const municipalityId = regulationMunicipalityOf(identity, form.fields.municipalityId);
      if (!municipalityId) {
        return fail(
          response,
          403,
          ErrorCode.Forbidden,
          'Оператор реестра загружает Положение только своего муниципалитета',
        );
      }
      const { file } = form;
      if (!file || file.bytes.length === 0)
        return fail(response, 400, ErrorCode.NoFile, 'Выберите файл Положения в формате PDF');
      if (file.truncated) {
        return fail(response, 413, ErrorCode.RegulationTooLarge, `Файл слишком большой: не более ${maxMegabytes} МБ`);
      }
      if (!isPdf(file.bytes)) return fail(response, 415, ErrorCode.RegulationNotPdf, NOT_PDF_MESSAGE);

      const version = await addRegulationVersion(runtime, { ...caller, identity }, municipalityId, file);
      response.status(201).json({
        id: version.id,
        municipalityId,
        size: version.sizeBytes,
        name: version.originalName,
        uploadedAt: version.uploadedAt.toISOString(),
      });
    });

    router.get(REGULATION_DOWNLOAD_PATH, async (request, response) => {
      const id = String(request.params.id);
      const current = isUuid(id) ? await findCurrentRegulation(runtime.dataSource.manager, id) : null;
      if (!current) return fail(response, 404, ErrorCode.NotFound, 'Положение муниципалитета ещё не загружено');
      const bytes = await runtime.storage.get(current.storageKey);
      response
        .status(200)
        .set({
          'content-type': 'application/pdf',
          'content-disposition': `inline; filename="polozhenie-pfdo.pdf"`,
          // A new version replaces it at the same address: always ask again.
          'cache-control': 'no-cache',
        })
        .send(bytes);
    });
  };
}
