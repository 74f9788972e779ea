'use client';

import { useId } from 'react';

/** The regional operator's choice of municipality: a plain GET form, so the page's address says which. */
export function MunicipalityChooser({
  municipalities,
  chosen,
  action = '/registry/settings',
  label = 'Муниципалитет',
}: {
  municipalities: Array<{ id: string; name: string }>;
  chosen: string;
  action?: string;
  label?: string;
}) {
  const id = useId();
  return (
    <form method="get" action={action} className="field">
      <label htmlFor={`${id}-municipality`}>{label}</label>
      <select id={`${id}-municipality`} name="municipality" defaultValue={chosen}>
        <option value="">Выберите муниципалитет</option>
        {municipalities.map((municipality) => (
          <option key={municipality.id} value={municipality.id}>
            {municipality.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        Показать
      </button>
    </form>
  );
}
