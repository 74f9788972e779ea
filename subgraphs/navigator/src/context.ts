import { DataSource } from 'typeorm';
import { Caller, Identity, ShieldContext } from '@pfdo/platform';
import { serviceUrl } from '@pfdo/platform/services';
import { createLoaders, Loaders } from './loaders';
import { ProtectionServices } from './protection/protection-services';

export interface NavigatorContext extends ShieldContext {
  identity: Identity | null;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
  /** «Now» for the certificate's money (NAVIGATOR_CLOCK in tests). */
  now: () => Date;
  /** A provider's request on a holder's behalf: the registry's name check and the attempts' limit. */
  protection?: ProtectionServices;
  /** The web app's address, for the QR code of «Справка о посещении кружков». */
  webUrl: string;
}

export function createContext(
  dataSource: DataSource,
  caller: Caller,
  now: () => Date = () => new Date(),
  protection?: ProtectionServices,
  webUrl: string = serviceUrl('web'),
): NavigatorContext {
  return {
    identity: caller.identity,
    caller,
    loaders: createLoaders(dataSource, now),
    dataSource,
    now,
    protection,
    webUrl,
  };
}
