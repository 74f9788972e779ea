'use client';

import { FormField } from '../../../../_forms/form-field';
import { ACCEPTED_EXTENSIONS } from './upload-scan';
import type { ScanState } from './use-scan-upload';

const STATUS_TEXT: Record<ScanState['status'], (name: string) => string> = {
  empty: () => '',
  uploading: (name) => `Файл «${name}» загружается…`,
  uploaded: (name) => `Файл «${name}» загружен`,
  failed: () => '',
};

/** «Документ»: the scan or photo of the document, checked by the server as soon as it is chosen. */
export function ScanField({
  id,
  state,
  error,
  onChosen,
}: {
  id: string;
  state: ScanState;
  error?: string;
  onChosen: (file: File | null) => void;
}) {
  const message = error ?? (state.status === 'failed' ? state.message : undefined);
  const name = state.status === 'empty' ? '' : state.name;
  return (
    <FormField
      id={id}
      label="Документ"
      required
      hint="Поддерживаемые форматы .JPG, .JPEG, .PNG, .GIF"
      error={message}
      liveMessage={STATUS_TEXT[state.status](name)}
    >
      {(wiring) => (
        // The browser's own file button speaks the browser's language; this one speaks Russian, as in the
        // seed. The real input lies over it, transparent, and takes the clicks and the keyboard.
        <div className="file-picker">
          <input
            {...wiring}
            name="scanId"
            type="file"
            className="file-picker-input"
            accept={[...ACCEPTED_EXTENSIONS, 'image/jpeg', 'image/png', 'image/gif'].join(',')}
            onChange={(event) => onChosen(event.target.files?.[0] ?? null)}
          />
          <span className="button file-picker-button" aria-hidden="true">
            Выберите файл
          </span>
          <span className="file-picker-name" aria-hidden="true">
            {name || 'Файл не выбран'}
          </span>
        </div>
      )}
    </FormField>
  );
}
