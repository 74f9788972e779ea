'use client';

import type { TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';
import { postSignedIn } from './post-graphql';

/**
 * A mutation of a signed-in page without Apollo (postSignedIn), shaped as Apollo's `useMutation`: the function
 * to run it with `{ variables }`, and whether it is running.
 */
export function usePostGraphql<Result, Variables>(document: TypedDocumentNode<Result, Variables>) {
  const [loading, setLoading] = useState(false);
  async function run({ variables }: { variables: Variables }): Promise<Result> {
    setLoading(true);
    try {
      return await postSignedIn(document, variables);
    } finally {
      setLoading(false);
    }
  }
  return [run, { loading }] as const;
}
