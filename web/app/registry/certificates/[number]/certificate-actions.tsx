'use client';

import type { Operator } from '@/app/registry/_shell/operator';
import type { CertificateDetailsFragment } from '@/gql/graphql';

/**
 * The certificate page's actions: «Заморозить», «Отозвать согласие», «Сформировать новую выписку/Изменить
 * пароль», links to `/registry/certificates/[number]/freeze`, `/withdraw-consent` and `/extract`. They are
 * built elsewhere (issue 11, items 6 and 7) and go here, shown as the certificate and the operator allow;
 * until then the area renders nothing.
 */
export function CertificateActions(_props: { certificate: CertificateDetailsFragment; operator: Operator }) {
  return null;
}
