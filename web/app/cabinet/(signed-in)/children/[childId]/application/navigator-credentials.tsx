'use client';

import { useIssuedCredentials } from '../../../../_shell/issued-credentials';

/** The navigator cabinet's login and password, right after «Получить сертификат», this once. */
export function NavigatorCredentials({ childId }: { childId: string }) {
  const { credentials, forget } = useIssuedCredentials();
  if (!credentials || credentials.childId !== childId) return null;
  return (
    <section className="notice notice-success" aria-labelledby="navigator-credentials-title">
      <h3 id="navigator-credentials-title">Логин и пароль личного кабинета в навигаторе:</h3>
      <ul className="facts">
        <li>
          <span className="label">Логин:</span> <strong data-testid="navigator-login">{credentials.login}</strong>
        </li>
        <li>
          <span className="label">Пароль:</span>{' '}
          <strong data-testid="navigator-password">{credentials.password}</strong>
        </li>
      </ul>
      <p>
        <strong>Сохраните пароль, он показывается один раз.</strong> С этим логином и паролем ребёнок входит в{' '}
        {/* A plain link: another portal is a page load (its own client, the header's mark; app/site-nav.tsx). */}
        <a href="/navigator">Навигатор</a>, выбирает кружки и записывается на обучение.
      </p>
      <button type="button" className="button" onClick={forget}>
        Я сохранил пароль
      </button>
    </section>
  );
}
