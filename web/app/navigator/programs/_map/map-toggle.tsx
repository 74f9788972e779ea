'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';

// Leaflet and its styles load only when the map is opened: no other page, nor this one closed, pays for them.
const CatalogueMap = dynamic(() => import('./catalogue-map'), {
  ssr: false,
  loading: () => <p className="muted">Карта загружается…</p>,
});

/** «Открыть карту» / «Скрыть карту». */
export function MapToggle({ municipalityId, providerId }: { municipalityId?: string; providerId?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-label="Карта">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="catalogue-map"
        onClick={() => setOpen((current) => !current)}
      >
        {open ? 'Скрыть карту' : 'Открыть карту'}
      </button>
      <div id="catalogue-map">{open && <CatalogueMap municipalityId={municipalityId} providerId={providerId} />}</div>
    </section>
  );
}
