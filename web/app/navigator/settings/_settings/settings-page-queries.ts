import {
  HolderSettingsPlacesDocument,
  MyCertificateProtectionDocument,
  MyHolderEmailDocument,
  MyHolderSettingsDocument,
  MyLinkedCabinetsDocument,
} from '@/gql/graphql';
import type { PrimedQuery } from '../../../_apollo/prime';

/**
 * The panels' queries of «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ»: asked with `me` by the page's server render (settings/page.tsx)
 * and written from its answer by the page (settings-home.tsx). A plain module, for both.
 */
export const SETTINGS_PANEL_QUERIES: PrimedQuery[] = [
  MyHolderSettingsDocument,
  MyCertificateProtectionDocument,
  HolderSettingsPlacesDocument,
  MyHolderEmailDocument,
  MyLinkedCabinetsDocument,
].map((query) => ({ query }));
