import { ApplicationFormData, renderApplicationFormPdf } from './application-form.pdf';
import { CertificateExtractData, renderCertificateExtractPdf } from './certificate-extract.pdf';
import { getFormFonts } from './pdf-fonts';

/**
 * A worker thread of ApplicationFormRenderer (Piscina loads this file from dist/). The fonts are read
 * when the worker starts, once for all the renders it serves.
 */
getFormFonts();

/** An application form, or a certificate extract (which says so in its `kind`). */
export default function renderInWorker(data: ApplicationFormData | CertificateExtractData): Promise<Buffer> {
  if ('kind' in data && data.kind === 'certificate-extract') return renderCertificateExtractPdf(data);
  return renderApplicationFormPdf(data as ApplicationFormData);
}
