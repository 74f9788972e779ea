'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import type { PortfolioItemFieldsFragment } from '@/gql/graphql';
import { describeError } from '../../../_auth/describe-error';
import { formatDate } from '../../../_ui/format';
import { kindLabel } from './portfolio-kinds';
import { DeletePortfolioItemDocument } from './portfolio.operations';

/** The items with their files; «Удалить» on those the signed-in user added. */
export function PortfolioList({
  items,
  showCertificate,
  onDeleted,
}: {
  items: PortfolioItemFieldsFragment[];
  showCertificate: boolean;
  onDeleted: () => void;
}) {
  const id = useId();
  const [remove] = useMutation(DeletePortfolioItemDocument);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="page-panel" aria-labelledby={`${id}-list`}>
      <h2 id={`${id}-list`}>Достижения</h2>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {items.length === 0 && <p>Достижений пока нет.</p>}
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id}>
            <h3>{item.title}</h3>
            <p className="muted">
              {kindLabel(item.kind)} · {formatDate(item.achievedOn)}
              {item.eventOrProgram ? ` · ${item.eventOrProgram}` : ''}
              {showCertificate ? ` · сертификат № ${item.certificateNumber}` : ''}
              {item.addedByOrganization ? ` · добавила организация ${item.addedByOrganization.name}` : ''}
            </p>
            <div className="actions">
              {item.file && (
                <a className="button" href={item.file.url} download={item.file.name}>
                  Скачать файл «{item.file.name}»
                </a>
              )}
              {item.canDelete && (
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    void remove({ variables: { id: item.id } })
                      .then(onDeleted)
                      .catch((caught: unknown) => setError(describeError(caught).message))
                  }
                >
                  Удалить «{item.title}»
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
