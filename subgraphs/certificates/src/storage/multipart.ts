import busboy from 'busboy';
import type { Request } from 'express';

export interface ReceivedFile {
  bytes: Buffer;
  name: string;
  /** Longer than the limit: only its first `maxBytes` were kept. */
  truncated: boolean;
}

export interface ReceivedForm {
  file: ReceivedFile | null;
  /** The form's text fields, in whatever order the browser sent them relative to the file. */
  fields: Record<string, string>;
}

/** One file (the first) and a few short text fields of a multipart form, the file held to `maxBytes`. */
export function receiveOneFile(request: Request, maxBytes: number): Promise<ReceivedForm> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024, parts: 12 },
      });
    } catch (error) {
      reject(error);
      return;
    }
    const form: ReceivedForm = { file: null, fields: {} };
    parser.on('field', (name, value) => (form.fields[name] = value));
    parser.on('file', (_field, stream, info) => {
      const chunks: Buffer[] = [];
      const file: ReceivedFile = { bytes: Buffer.alloc(0), name: info.filename ?? '', truncated: false };
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (file.truncated = true));
      stream.on('end', () => {
        file.bytes = Buffer.concat(chunks);
        form.file ??= file;
      });
    });
    parser.on('error', reject);
    parser.on('close', () => resolve(form));
    request.pipe(parser);
  });
}
