import { noConnectionMessage, serviceUnavailableMessage } from '../../_auth/describe-error';

export type RegulationUpload = { ok: true } | { ok: false; code: string; message: string };

/** POST /uploads/municipal-regulations (multipart: `file`, `municipalityId`): 201, or `{ error: { code, message } }`. */
export async function uploadRegulation(file: File, municipalityId: string): Promise<RegulationUpload> {
  const body = new FormData();
  body.append('municipalityId', municipalityId);
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/uploads/municipal-regulations', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    return { ok: false, code: 'NO_CONNECTION', message: noConnectionMessage };
  }
  if (response.status === 201) return { ok: true };
  const json = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const message =
    response.status >= 500 ? serviceUnavailableMessage : (json?.error?.message ?? 'Не удалось загрузить файл');
  return { ok: false, code: json?.error?.code ?? 'UPLOAD_FAILED', message };
}
