import type { Metadata } from 'next';
import { HelpArticlesDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { HelpEditor } from './help-editor';

export const metadata: Metadata = { title: 'Помощь навигатора — Реестр сертификатов' };

const HelpPageQuery = registryPageQuery('RegistryHelpPage', HelpArticlesDocument);

/** The «?» of the holder's cabinet: «Инструкции», «Видеоуроки», «Часто задаваемые вопросы», kept by the region. */
export default async function RegistryHelpPage() {
  const answer = await serverQuery(HelpPageQuery);
  return (
    <RegistryGate session={answer}>
      <HelpEditor server={answer} />
    </RegistryGate>
  );
}
