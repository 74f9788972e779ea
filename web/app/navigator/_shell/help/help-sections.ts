import type { HelpKind } from '@/gql/graphql';

/** The «?» dialog's sections, in the seed's order and words. */
export const HELP_SECTIONS: Array<{ kind: HelpKind; label: string }> = [
  { kind: 'INSTRUCTION', label: 'Инструкции' },
  { kind: 'VIDEO', label: 'Видеоуроки' },
  { kind: 'FAQ', label: 'Часто задаваемые вопросы' },
];

/** A video's address as a link, only when it is http(s) (the server checks it too). */
export function safeVideoUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
