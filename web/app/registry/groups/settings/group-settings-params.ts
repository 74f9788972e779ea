/** Settings per page: a municipality keeps a handful a year. */
export const GROUP_SETTINGS_PAGE_SIZE = 20;

/** The page's variables: the regional operator chooses the municipality (`?municipality=`). */
export function groupSettingsVariables(municipality: string) {
  return { municipalityId: municipality, chosen: municipality !== '', first: GROUP_SETTINGS_PAGE_SIZE };
}
