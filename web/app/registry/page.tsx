import { serverQuery } from '../_server/server-query';
import { registryPageQuery } from './_shell/registry-session';
import { RegistryShell } from './_shell/registry-shell';
import { RegistryHome } from './registry-home';

const RegistryHomePageQuery = registryPageQuery('RegistryHomePage');

export default async function RegistryPage() {
  const session = await serverQuery(RegistryHomePageQuery);
  return (
    <RegistryShell session={session}>
      <RegistryHome session={session} />
    </RegistryShell>
  );
}
