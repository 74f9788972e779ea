import { noConnectionMessage, serviceUnavailableMessage } from '../../../../../_auth/describe-error';

export type UploadResult = { ok: true; id: string } | { ok: false; code: string; message: string };

const FORMAT_MESSAGE = 'Неподдерживаемый формат файла. Поддерживаемые форматы .JPG, .JPEG, .PNG, .GIF';
export const ACCEPTED_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.gif'];

/** Messages by status, for an answer that carries none (a proxy in between, say). */
const BY_STATUS: Record<number, { code: string; message: string }> = {
  401: { code: 'UNAUTHENTICATED', message: 'Сеанс работы завершён. Войдите снова и отправьте файл ещё раз' },
  413: { code: 'SCAN_TOO_LARGE', message: 'Файл слишком большой' },
  415: { code: 'UNSUPPORTED_SCAN_FORMAT', message: FORMAT_MESSAGE },
  502: { code: 'SERVICE_UNAVAILABLE', message: serviceUnavailableMessage },
  503: { code: 'SERVICE_UNAVAILABLE', message: serviceUnavailableMessage },
  504: { code: 'SERVICE_UNAVAILABLE', message: serviceUnavailableMessage },
};

interface ErrorBody {
  id?: string;
  error?: { code?: string; message?: string };
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

/** POST /uploads/document-scans (multipart, field `file`): 201 `{ id }`, or `{ error: { code, message } }`. */
export async function uploadScan(file: File): Promise<UploadResult> {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return { ok: false, code: 'UNSUPPORTED_SCAN_FORMAT', message: FORMAT_MESSAGE };
  }
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/uploads/document-scans', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    return { ok: false, code: 'NO_CONNECTION', message: noConnectionMessage };
  }
  const json = (await response.json().catch(() => null)) as ErrorBody | null;
  if (response.status === 201 && json?.id) return { ok: true, id: json.id };
  const fallback = BY_STATUS[response.status] ?? {
    code: 'UPLOAD_FAILED',
    message: 'Файл не загружен. Попробуйте ещё раз',
  };
  const code = json?.error?.code ?? json?.errors?.[0]?.extensions?.code ?? fallback.code;
  const message = json?.error?.message ?? json?.errors?.[0]?.message ?? fallback.message;
  return { ok: false, code, message: /[а-яё]/i.test(message) ? message : fallback.message };
}
