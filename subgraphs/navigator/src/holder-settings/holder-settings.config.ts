import { EnvReader } from '@pfdo/platform';
import { serviceUrl, urlVariableOf } from '@pfdo/platform/services';

export interface HolderSettingsConfig {
  /** The web app: the QR code of «Справка о посещении кружков» points to its public page `/verify/<code>`. */
  webUrl: string;
}

export function readHolderSettingsConfig(reader: EnvReader): HolderSettingsConfig {
  return { webUrl: reader.url(urlVariableOf('web'), ['http', 'https'], serviceUrl('web')) };
}
