import Link from 'next/link';
import { KIND_NAMES } from '@/app/registry/_shell/names';
import type { CreateApplicationMutation } from '@/gql/graphql';

export type Created = CreateApplicationMutation['createApplication'];

/** «Заявка № … создана», the navigator's login and password shown once, and what to do next. */
export function CreatedApplication({ created, onAnother }: { created: Created; onAnother: () => void }) {
  const { application } = created;
  return (
    <section className="page-panel" aria-labelledby="created-title">
      <h1 id="created-title" tabIndex={-1}>
        Заявка № {application.number} создана
      </h1>
      <p role="status" className="notice notice-success">
        {KIND_NAMES[application.kind]}: заявка № <strong data-testid="created-number">{application.number}</strong>,
        статус «{application.statusName}».
      </p>
      {created.navigatorLogin && created.navigatorPassword && (
        <section className="notice" aria-labelledby="created-credentials">
          <h2 id="created-credentials">Логин и пароль личного кабинета в навигаторе</h2>
          <ul className="facts">
            <li>
              <span className="label">Логин:</span>{' '}
              <strong data-testid="navigator-login">{created.navigatorLogin}</strong>
            </li>
            <li>
              <span className="label">Пароль:</span>{' '}
              <strong data-testid="navigator-password">{created.navigatorPassword}</strong>
            </li>
          </ul>
          <p>
            <strong>Пароль показывается один раз.</strong> Заявление и логин с паролем отправлены на электронную почту
            организации.
          </p>
        </section>
      )}
      <div className="actions">
        <Link className="button button-primary" href={`/registry/applications/${application.number}`}>
          Перейти к заявке
        </Link>
        <a
          className="button"
          href={`/documents/applications/${application.id}/form.pdf`}
          target="_blank"
          rel="noopener"
        >
          Распечатать заявление
        </a>
        <button type="button" className="button" onClick={onAnother}>
          Создать ещё заявку
        </button>
      </div>
    </section>
  );
}
