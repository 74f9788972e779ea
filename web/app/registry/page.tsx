import { serverQuery } from '../_server/server-query';
import { RegistryGate } from './_shell/registry-gate';
import { registryPageQuery } from './_shell/registry-session';
import { RegistryHome } from './registry-home';

const RegistryHomePageQuery = registryPageQuery('RegistryHomePage');

export default async function RegistryPage() {
  const session = await serverQuery(RegistryHomePageQuery);
  return (
    <RegistryGate session={session}>
      <RegistryHome session={session} />
    </RegistryGate>
  );
}
