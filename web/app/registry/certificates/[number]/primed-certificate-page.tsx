'use client';

import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { CertificatePage } from './certificate-page';
import { CertificateByNumberQuery } from './certificate.operations';

/** The certificate with what its server render fetched already in the cache. */
export function PrimedCertificatePage({ number, server }: { number: string; server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: CertificateByNumberQuery, variables: { number } }]);
  return <CertificatePage number={number} />;
}
