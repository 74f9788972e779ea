/** The settings page's variables: the regional operator chooses the municipality (`?municipality=`). */
export function settingsVariables(params: Record<string, string>) {
  const municipalityId = params.municipality ?? '';
  return { municipalityId, chosen: municipalityId !== '' };
}
