import { useEffect, useMemo } from 'react';

/**
 * A PDF the API answered in base64 (an extract, an attendance certificate) as an object URL for a download link;
 * released when the PDF changes or the component goes. `null` while there is none.
 */
export function usePdfObjectUrl(pdfBase64: string | null | undefined): string | null {
  const url = useMemo(() => {
    if (!pdfBase64) return null;
    const bytes = Uint8Array.from(atob(pdfBase64), (char) => char.charCodeAt(0));
    return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  }, [pdfBase64]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return url;
}
