'use client';

import 'graphiql/setup-workers/webpack';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** The catalogue query the explorer opens with: any key with `catalogue:read` runs it. */
export const CATALOGUE_QUERY = `# Первая страница каталога программ. Нажмите ▶, чтобы выполнить.
query Programs($first: Int!) {
  catalogue(first: $first) {
    programs {
      id
      title
    }
    nextCursor
  }
}
`;

/**
 * A fetcher that sends the partner's key and never a cookie (`credentials: 'omit'`): keys and cookies never mix
 * (README, «Partners»), and the explorer must not act as the signed-in operator of this browser.
 */
function keyFetcher(apiKey: string): Fetcher {
  return async (params) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'omit',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify(params),
    });
    return response.json();
  };
}

/** GraphiQL 5 from npm, served with the web app (no CDN), on this route only. */
export default function Explorer({ apiKey }: { apiKey: string }) {
  return (
    <GraphiQL
      fetcher={keyFetcher(apiKey)}
      initialQuery={CATALOGUE_QUERY}
      initialVariables={'{\n  "first": 5\n}'}
      isHeadersEditorEnabled={false}
      defaultEditorToolsVisibility="variables"
      shouldPersistHeaders={false}
    />
  );
}
