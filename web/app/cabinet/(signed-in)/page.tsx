import type { Metadata } from 'next';
import { portals } from '../../_auth/portals';
import { ServiceList } from './services/service-list';

export const metadata: Metadata = { title: portals.cabinet.name };

export default function CabinetHomePage() {
  return (
    <>
      <h1>{portals.cabinet.name}</h1>
      <p className="muted">Выберите услугу. Сертификат дополнительного образования оформляется в разделе ниже.</p>
      <ServiceList />
    </>
  );
}
