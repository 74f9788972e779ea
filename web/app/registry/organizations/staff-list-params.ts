/** The list's page size and variables, for the server render and the browser alike (no 'use client' here). */
export const STAFF_PAGE_SIZE = 20;

export const staffListVariables = (search: string) => ({
  search: search.trim() || null,
  first: STAFF_PAGE_SIZE,
});
