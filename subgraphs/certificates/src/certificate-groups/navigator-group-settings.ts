import { groupSettingsRoute, NavigatorGroupSetting } from '@pfdo/contracts';
import { CREDENTIAL_HEADER, domainError, ErrorCode, mintServiceCredential } from '@pfdo/platform';
import { CertificatesConfig } from '../config';

/**
 * «Импорт из PFDO»: the municipality's group settings as the navigator keeps them. Called before any
 * transaction is opened; a navigator that does not answer (5 s) is the operator's to retry.
 */
export async function fetchNavigatorGroupSettings(
  config: CertificatesConfig & { gatewaySecret: string },
  municipalityId: string,
): Promise<NavigatorGroupSetting[]> {
  const unavailable = () =>
    domainError(
      ErrorCode.NavigatorUnavailable,
      'Не удалось получить группы из ПФДО: навигатор не отвечает. Попробуйте ещё раз',
    );
  let response: Response;
  try {
    response = await fetch(new URL(groupSettingsRoute.path(municipalityId), config.navigatorUrl), {
      headers: { [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', config.gatewaySecret) },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw unavailable();
  }
  if (!response.ok) throw unavailable();
  const parsed = groupSettingsRoute.response.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw unavailable();
  return parsed.data;
}
