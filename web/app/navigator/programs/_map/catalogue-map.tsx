'use client';

import { print } from 'graphql';
import type { Map as LeafletMap } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { CatalogueMapDocument, type CatalogueMapQuery } from '@/gql/graphql';
import styles from '../_catalogue/catalogue.module.css';
import { MAP_TILES_ATTRIBUTION, MAP_TILES_URL } from './tiles';

type Marker = CatalogueMapQuery['catalogueMap'][number];

/** The region's middle, between Кемерово and Новокузнецк, when there is nothing to show. */
const REGION_CENTER: [number, number] = [54.5, 86.6];

async function loadMarkers(variables: { municipalityId?: string; providerId?: string }): Promise<Marker[]> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: print(CatalogueMapDocument), variables }),
  });
  const body = (await response.json()) as { data?: CatalogueMapQuery | null };
  if (!body.data) throw new Error('no data');
  return body.data.catalogueMap;
}

/**
 * «Открыть карту»: Leaflet (loaded only here, by the page's dynamic import) with a marker for each
 * organization and place of study, and the same list as text beside it for those who do not see the map.
 */
export default function CatalogueMap({ municipalityId, providerId }: { municipalityId?: string; providerId?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [markers, setMarkers] = useState<Marker[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    loadMarkers({ municipalityId, providerId }).then(
      (found) => !cancelled && setMarkers(found),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [municipalityId, providerId]);

  useEffect(() => {
    if (!markers || !container.current) return;
    let map: LeafletMap | null = null;
    let cancelled = false;
    void import('leaflet').then((L) => {
      if (cancelled || !container.current) return;
      map = L.map(container.current, { center: REGION_CENTER, zoom: 8 });
      L.tileLayer(MAP_TILES_URL, { attribution: MAP_TILES_ATTRIBUTION, maxZoom: 19 }).addTo(map);
      const bounds = L.latLngBounds([]);
      for (const marker of markers) {
        const place = marker.kind === 'PLACE_OF_STUDY';
        const icon = L.divIcon({
          className: '',
          html: `<span class="${styles.marker}${place ? ` ${styles.markerPlace}` : ''}"></span>`,
          iconSize: [18, 18],
          iconAnchor: [9, 9],
        });
        const title = `${marker.label}, ${marker.address}`;
        L.marker([marker.latitude, marker.longitude], { icon, title, alt: title, keyboard: true })
          .bindPopup(`<strong>${escapeHtml(marker.label)}</strong><br>${escapeHtml(marker.address)}`)
          .addTo(map);
        bounds.extend([marker.latitude, marker.longitude]);
      }
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [markers]);

  if (failed) return <p className="notice notice-error">Не удалось загрузить карту. Попробуйте ещё раз позже.</p>;
  return (
    <div>
      <div
        ref={container}
        className={styles.map}
        data-testid="catalogue-map"
        role="region"
        aria-label="Карта организаций и мест реализации программ"
      />
      {markers && (
        <details>
          <summary>Адреса на карте ({markers.length})</summary>
          <ul data-testid="map-addresses">
            {markers.map((marker) => (
              <li key={`${marker.kind}-${marker.id}`}>
                {marker.kind === 'PLACE_OF_STUDY' ? 'Место занятий' : 'Организация'}: {marker.label}, {marker.address}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
