/** The empty state: children come from school records, not from this form. */
export function NoChildren() {
  return (
    <div className="page-panel">
      <p>В личном кабинете пока нет детей.</p>
      <p className="muted">
        Список детей приходит из данных школы или детского сада. Если ребёнка нет в списке, обратитесь в школу или
        детский сад, где он учится.
      </p>
    </div>
  );
}
