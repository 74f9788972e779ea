import type { Metadata } from 'next';
import { ApplicationRegister } from './application-register';

export const metadata: Metadata = { title: 'Заявки — Реестр сертификатов' };

export default async function ApplicationRegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const flat = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : (value ?? '')]),
  ) as Record<string, string>;
  return <ApplicationRegister key={new URLSearchParams(flat).toString()} params={flat} />;
}
