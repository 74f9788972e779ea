import { checkBody, municipalitiesRoute } from '@pfdo/contracts';
import { CREDENTIAL_HEADER, mintServiceCredential } from '@pfdo/platform';

/** Municipality names, owned by the organizations subgraph, for messages and the application form. */
export class MunicipalityDirectory {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly organizationsUrl: string,
    private readonly secret: string,
  ) {}

  async nameOf(id: string): Promise<string> {
    const cached = this.names.get(id);
    if (cached) return cached;
    const url = new URL(municipalitiesRoute.path, this.organizationsUrl);
    url.searchParams.set('ids', id);
    const response = await fetch(url, {
      headers: { [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', this.secret) },
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`municipality lookup answered HTTP ${response.status}`);
    const names = checkBody(municipalitiesRoute.response, await response.json());
    if (!names.ok) throw new Error(`municipality lookup broke its contract: ${names.issues}`);
    const [found] = names.value;
    const name = found?.name ?? 'не указан';
    if (found) this.names.set(id, name);
    return name;
  }
}
