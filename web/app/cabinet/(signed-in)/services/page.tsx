import type { Metadata } from 'next';
import { ServiceList } from './service-list';

export const metadata: Metadata = { title: 'Услуги' };

export default function ServicesPage() {
  return (
    <>
      <h1>Услуги</h1>
      <ServiceList />
    </>
  );
}
