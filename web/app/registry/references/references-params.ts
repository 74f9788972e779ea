/** `?municipality=` chooses whose organizations and groups are shown (the operator's own by default). */
export function referencesVariables(params: Record<string, string>) {
  const municipalityId = params.municipality ?? '';
  return { municipalityId, chosen: municipalityId !== '', after: params.after || null };
}
