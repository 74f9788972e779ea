'use client';

import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { usePdfObjectUrl } from '@/app/_ui/pdf-object-url';
import { IssueAttendanceCertificateDocument } from '@/gql/graphql';
import { describeError } from '../../../_auth/describe-error';

/**
 * «Справка о посещении кружков» (seed 002 §8): a PDF of the certificate's current enrollments to hand in where
 * required, with a QR code that opens its public check. Each new one revokes the ones before.
 */
export function AttendanceCertificate() {
  const id = useId();
  const [issue, issuing] = useMutation(IssueAttendanceCertificateDocument);
  const issued = issuing.data?.issueAttendanceCertificate ?? null;
  const url = usePdfObjectUrl(issued?.pdfBase64);

  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Справка о посещении кружков</h2>
      <p>
        Справка о наличии зачислений на программы дополнительного образования по сертификату — для предоставления по
        месту требования. Подлинность справки проверяется по QR-коду на ней; новая справка отменяет прежние.
      </p>
      {issuing.error && (
        <p role="alert" className="form-error">
          {describeError(issuing.error).message}
        </p>
      )}
      {issued && url && (
        <div role="status">
          <p className="notice notice-success">Справка сформирована.</p>
          <div className="actions">
            <a className="button button-primary" href={url} download="spravka-o-poseshchenii.pdf">
              Скачать справку (PDF)
            </a>
            <a className="button" href={issued.verifyPath}>
              Страница проверки справки
            </a>
          </div>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => issue().catch(() => undefined)}
          disabled={issuing.loading}
        >
          Справка о посещении кружков
        </button>
      </div>
    </section>
  );
}
