import { ApplicationFormData, renderApplicationFormPdf } from './application-form.pdf';
import { getFormFonts } from './pdf-fonts';

/**
 * A worker thread of ApplicationFormRenderer (Piscina loads this file from dist/). The fonts are read
 * when the worker starts, once for all the renders it serves.
 */
getFormFonts();

export default function renderInWorker(data: ApplicationFormData): Promise<Buffer> {
  return renderApplicationFormPdf(data);
}
