/** What the upload answered: the file's id, or the server's refusal (its code and Russian message). */
export type UploadAnswer = { id: string } | { error: { code: string; message: string } };

/**
 * Sends the chosen file's bytes to /uploads/portfolio-files (the server recognizes its type by content); the item's
 * mutation then carries only the returned id.
 */
export async function uploadPortfolioFile(file: File): Promise<UploadAnswer> {
  try {
    const response = await fetch('/uploads/portfolio-files', {
      method: 'POST',
      headers: { 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
    const answer = (await response.json()) as { id?: string; error?: { code: string; message: string } };
    if (answer.id) return { id: answer.id };
    return { error: answer.error ?? { code: 'BAD_UPLOAD', message: 'Файл не получен: отправьте его ещё раз' } };
  } catch {
    return { error: { code: 'BAD_UPLOAD', message: 'Файл не получен: проверьте соединение и отправьте его ещё раз' } };
  }
}
