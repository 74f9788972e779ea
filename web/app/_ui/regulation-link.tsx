/**
 * «Положение о персонифицированном дополнительном образовании» of the municipality, for whoever applies there:
 * shown once its registry operator has uploaded it («Мои параметры»).
 */
export function RegulationLink({
  municipality,
}: {
  municipality?: { name: string; regulation?: { url: string } | null } | null;
}) {
  if (!municipality?.regulation) return null;
  return (
    <p>
      Перед подачей заявки ознакомьтесь с документом{' '}
      <a href={municipality.regulation.url} target="_blank" rel="noopener">
        «Положение о персонифицированном дополнительном образовании» ({municipality.name}, PDF)
      </a>
      .
    </p>
  );
}
