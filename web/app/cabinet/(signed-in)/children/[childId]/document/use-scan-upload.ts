'use client';

import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { markSignedOut } from '../../../../../_auth/session';
import { uploadScan, type UploadResult } from './upload-scan';

export type ScanState =
  | { status: 'empty' }
  | { status: 'uploading'; name: string }
  | { status: 'uploaded'; name: string; scanId: string }
  | { status: 'failed'; name: string; message: string };

/** The file's content is at fault: sending it again will not help. */
const FINAL_FAILURES = new Set(['UNSUPPORTED_SCAN_FORMAT', 'SCAN_TOO_LARGE', 'NO_FILE']);

/** «Документ»: the scan is sent as soon as it is chosen, so that a wrong file is named at once. */
export function useScanUpload() {
  const client = useApolloClient();
  const [state, setState] = useState<ScanState>({ status: 'empty' });
  const file = useRef<File | null>(null);
  const pending = useRef<Promise<UploadResult> | null>(null);

  function start(chosen: File): Promise<UploadResult> {
    setState({ status: 'uploading', name: chosen.name });
    const upload = uploadScan(chosen).then((result) => {
      if (file.current !== chosen) return result;
      if (result.ok) setState({ status: 'uploaded', name: chosen.name, scanId: result.id });
      else {
        if (result.code === 'UNAUTHENTICATED') markSignedOut(client.cache);
        setState({ status: 'failed', name: chosen.name, message: result.message });
      }
      return result;
    });
    pending.current = upload;
    return upload;
  }

  function choose(chosen: File | null) {
    file.current = chosen;
    pending.current = null;
    if (chosen) void start(chosen);
    else setState({ status: 'empty' });
  }

  /** The scan's id for «Добавить»: waits for the upload under way, or sends the file again after a lost session. */
  async function scanIdForSubmit(): Promise<{ scanId: string } | { message: string }> {
    const chosen = file.current;
    if (!chosen) return { message: 'Выберите файл со сканом или фотографией документа' };
    let result = await (pending.current ?? start(chosen));
    if (!result.ok && !FINAL_FAILURES.has(result.code)) result = await start(chosen);
    return result.ok ? { scanId: result.id } : { message: result.message };
  }

  return { state, choose, scanIdForSubmit };
}
