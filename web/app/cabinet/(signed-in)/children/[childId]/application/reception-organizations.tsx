import type { CabinetChild } from '../../../../_children/use-cabinet-children';

type Organization = NonNullable<CabinetChild['certificate']>['municipality']['receptionOrganizations'][number];

/** «Список учреждений»: where to bring the signed form, and what to bring with it. */
export function ReceptionOrganizations({
  organizations,
  documentsToBring,
}: {
  organizations: Organization[];
  documentsToBring: string[];
}) {
  return (
    <>
      <h3 id="reception-title">Список учреждений</h3>
      {organizations.length === 0 ? (
        <p>
          Список учреждений муниципалитета пока не заполнен. Обратитесь в уполномоченный орган муниципалитета по номеру
          сертификата.
        </p>
      ) : (
        <ul className="plain-list" aria-labelledby="reception-title">
          {organizations.map((organization) => (
            <li key={organization.id} className="notice">
              <strong>{organization.name}</strong>
              <span className="lines">
                <span>
                  адрес: {organization.address}
                  {organization.room && `, ${organization.room}`}
                </span>
                {organization.phones && <span>тел. {organization.phones}</span>}
                {organization.workingHours && <span>{organization.workingHours}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {documentsToBring.length > 0 && (
        <>
          <h3>С собой иметь документы для подтверждения данных заявления</h3>
          <ul>
            {documentsToBring.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        При отсутствии возможности распечатать заявление самостоятельно необходимо с номером сертификата обратиться в
        выбранную организацию
      </p>
    </>
  );
}
