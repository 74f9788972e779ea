'use client';

import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { ApplicationRegister } from './application-register';
import { ApplicationRegisterQuery } from './application-register.operations';
import { registerVariables } from './register-params';

/** The register with the page of applications its server render fetched already in the cache. */
export function PrimedApplicationRegister({
  params,
  server,
}: {
  params: Record<string, string>;
  server: ServerAnswer;
}) {
  usePrimedCache(server, [], [{ query: ApplicationRegisterQuery, variables: registerVariables(params) }]);
  return <ApplicationRegister params={params} primed={server.status === 'ok' && server.complete} />;
}
