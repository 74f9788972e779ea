'use client';

import type { DocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';

/** An error of the server render's answer, as the gateway gave it. */
export interface ServerAnswerError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** What a page's server render learnt from its one request (app/_server/server-query.ts). */
export type ServerAnswer =
  /** No session cookie, or the gateway no longer knows it: the sign-in form is the page. */
  | { status: 'signed-out' }
  /**
   * `data` as the gateway gave it; `complete` is false when some field came back with an error, and `errors`
   * then says which (a page rendered on the server shows what could be read, and why the rest is missing).
   */
  | { status: 'ok'; data: Record<string, unknown>; complete: boolean; errors?: ServerAnswerError[] }
  /** The gateway could not be reached: the page asks from the browser, and shows why if it fails again. */
  | { status: 'failed' };

/**
 * The page queries written from the server's answer in the render that hydrates the document (in the browser
 * only): the components of that render show data fetched for this very page a moment ago, so a page that
 * otherwise asks afresh on every visit («cache-and-network») need not ask again while it loads
 * (`usePrimedJustNow`). Only that first render: a page reached later by a navigation inside the portal asks as
 * usual, and so does a page the browser's «back» restores, whose server answer the router kept from before
 * (an application refused since would otherwise show as not refused).
 */
const primedInThisRender = new Set<DocumentNode>();
/** Set once the document's first render has been committed. */
let documentHydrated = false;

/**
 * The queries each server answer has been written as. A page the browser's «back» restores is rendered again with
 * the answer it was first rendered with (Next's router keeps it): written again, that answer would overwrite what
 * the cache has learnt since (an event applied to, a sign-in), so an answer is written once.
 */
const writtenAnswers = new WeakMap<object, Set<string>>();
const documentIds = new WeakMap<DocumentNode, number>();
let documentCount = 0;

function firstWriteOf(answer: ServerAnswer, { query, variables }: PrimedQuery): boolean {
  if (!documentIds.has(query)) documentIds.set(query, (documentCount += 1));
  const key = `${documentIds.get(query)} ${JSON.stringify(variables ?? {})}`;
  const written = writtenAnswers.get(answer) ?? new Set<string>();
  writtenAnswers.set(answer, written);
  if (written.has(key)) return false;
  written.add(key);
  return true;
}

/**
 * Whether `query`'s result was written from the server's answer in the render that is mounting this component,
 * decided once at mount: a page asked afresh on every visit uses `cache-first` while it is true, and must not
 * switch policy later (a policy changed makes Apollo ask).
 */
export function usePrimedJustNow(query: DocumentNode): boolean {
  const [primed] = useState(() => primedInThisRender.has(query));
  return primed;
}

export interface PrimedQuery {
  query: DocumentNode;
  variables?: Record<string, unknown>;
}

/**
 * Writes the server's answer into the Apollo cache as the result of each query it covers, before the component
 * that calls this renders its own `useQuery`s: the server render and the browser's first render then both
 * show the page with its data before any request from the browser. `session` are queries of `me`
 * (written as `me: null` for a visitor); `page` the page's own, written only from an answer without errors
 * (the page then asks itself, and shows what went wrong). Written once per mount and silently: the
 * components that read it render after this one.
 */
export function usePrimedCache(answer: ServerAnswer | undefined, session: PrimedQuery[], page: PrimedQuery[] = []) {
  const client = useApolloClient();
  useState(() => {
    const write = (entry: PrimedQuery, data: Record<string, unknown>) => {
      if (!answer || !firstWriteOf(answer, entry)) return;
      client.cache.writeQuery({ query: entry.query, variables: entry.variables, data, broadcast: false });
    };
    if (answer?.status === 'signed-out') {
      for (const entry of session) write(entry, { me: null });
    } else if (answer?.status === 'ok') {
      for (const entry of session) write(entry, answer.data);
      if (answer.complete) {
        for (const entry of page) {
          write(entry, answer.data);
          if (typeof window !== 'undefined' && !documentHydrated) primedInThisRender.add(entry.query);
        }
      }
    }
    return null;
  });
  // Runs after the components rendered below this one have mounted (their effects run first).
  useEffect(() => {
    documentHydrated = true;
    for (const entry of page) primedInThisRender.delete(entry.query);
    // Once, after the render that primed: `page` is the same list for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after the mount that primed
  }, []);
}
