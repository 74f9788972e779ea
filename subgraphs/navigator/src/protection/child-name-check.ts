import { checkBody, ChildNameCheckRequest, childNameCheckRoute } from '@pfdo/contracts';
import { CREDENTIAL_HEADER, domainError, ErrorCode, mintServiceCredential } from '@pfdo/platform';

export interface CertificatesService {
  certificatesUrl: string;
  gatewaySecret: string;
}

/**
 * «Подтверждение по ФИО»: asks the certificates subgraph (which keeps the child's personal data; the navigator
 * keeps none) whether the name is the certificate's child's. Yes or no; called with no transaction open.
 */
export async function childNameMatches(
  service: CertificatesService,
  certificateId: string,
  fullName: string,
): Promise<boolean> {
  const unavailable = () =>
    domainError(
      ErrorCode.ServiceUnavailable,
      'Не удалось проверить ФИО ребёнка: реестр сертификатов не отвечает. Попробуйте ещё раз',
    );
  const body: ChildNameCheckRequest = { fullName };
  let response: Response;
  try {
    response = await fetch(new URL(childNameCheckRoute.path(certificateId), service.certificatesUrl), {
      method: childNameCheckRoute.method,
      headers: {
        'content-type': 'application/json',
        [CREDENTIAL_HEADER]: await mintServiceCredential('navigator', service.gatewaySecret),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw unavailable();
  }
  if (!response.ok) throw unavailable();
  const answer = checkBody(childNameCheckRoute.response, await response.json().catch(() => null));
  if (!answer.ok) throw unavailable();
  return answer.value.matches;
}
