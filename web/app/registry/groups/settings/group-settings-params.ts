/** The page's variables: the regional operator chooses the municipality (`?municipality=`). */
export function groupSettingsVariables(municipality: string) {
  return { municipalityId: municipality, chosen: municipality !== '' };
}
