'use client';

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** The navigator cabinet's login and password from «Получить сертификат»: shown once, kept in memory only. */
export interface IssuedCredentials {
  childId: string;
  login: string;
  password: string;
}

interface IssuedCredentialsStore {
  credentials: IssuedCredentials | null;
  remember(credentials: IssuedCredentials): void;
  forget(): void;
}

const IssuedCredentialsContext = createContext<IssuedCredentialsStore | null>(null);

export function IssuedCredentialsProvider({ children }: { children: ReactNode }) {
  const [credentials, setCredentials] = useState<IssuedCredentials | null>(null);
  const store = useMemo<IssuedCredentialsStore>(
    () => ({ credentials, remember: setCredentials, forget: () => setCredentials(null) }),
    [credentials],
  );
  return <IssuedCredentialsContext.Provider value={store}>{children}</IssuedCredentialsContext.Provider>;
}

export function useIssuedCredentials(): IssuedCredentialsStore {
  const store = useContext(IssuedCredentialsContext);
  if (!store) throw new Error('useIssuedCredentials is used outside the citizen cabinet');
  return store;
}
