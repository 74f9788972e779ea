'use client';

import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { CertificateGroups } from './certificate-groups';
import { MyCertificateGroupsQuery } from './certificate-groups.operations';

/** The groups page with the operator's municipality and its groups, as the server render fetched them. */
export function PrimedCertificateGroups({ server }: { server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: MyCertificateGroupsQuery }]);
  return <CertificateGroups primed={server.status === 'ok' && server.complete} />;
}
