import { roleNames } from '../../../_auth/role-names';
import { cabinetData } from '../../_shell/cabinet-session';
import styles from './about-me.module.css';

/** «Обо мне»: who is signed in. A server component, from the server's one request. */
export async function AboutMe() {
  const data = await cabinetData();
  if (data.status !== 'ok') return null;
  const user = data.user;
  return (
    <section className="page-panel" aria-labelledby="about-title">
      <h1 id="about-title">Обо мне</h1>
      <dl className={styles.details}>
        <dt>ФИО</dt>
        <dd>{user.fullName}</dd>
        <dt>Логин</dt>
        <dd>{user.login}</dd>
        <dt>Роль</dt>
        <dd>{roleNames[user.role]}</dd>
        {user.municipality && (
          <>
            <dt>Муниципалитет</dt>
            <dd>{user.municipality.name}</dd>
          </>
        )}
      </dl>
      <p className="muted">Логин и пароль выдаёт школа; изменить данные можно в школе или детском саду.</p>
    </section>
  );
}
