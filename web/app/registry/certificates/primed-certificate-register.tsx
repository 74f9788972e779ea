'use client';

import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { CertificateRegister } from './certificate-register';
import { CertificateRegisterQuery } from './certificate-register.operations';
import { registerVariables } from './register-params';

/** The register with the page of certificates its server render fetched already in the cache. */
export function PrimedCertificateRegister({
  params,
  server,
}: {
  params: Record<string, string>;
  server: ServerAnswer;
}) {
  usePrimedCache(server, [], [{ query: CertificateRegisterQuery, variables: registerVariables(params) }]);
  return <CertificateRegister params={params} primed={server.status === 'ok' && server.complete} />;
}
