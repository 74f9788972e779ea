import { describeError } from '@/app/_auth/describe-error';
import type { ApplicationDetailsFragment } from '@/gql/graphql';

/** How an action tells the page what came of it: a notice on success, a message (and maybe «Повторить») on failure. */
export interface ActionOutcome {
  started: () => void;
  done: (notice: string) => void;
  failed: (text: string, retry?: () => void) => void;
}

export interface ActionProps {
  application: ApplicationDetailsFragment;
  outcome: ActionOutcome;
  /** The page's one primary action is styled as such; the others are secondary. */
  primary?: boolean;
}

/** Runs a mutation and reports it; a retryable one offers «Повторить» on failure. */
export async function runAction(
  outcome: ActionOutcome,
  action: () => Promise<unknown>,
  notice: string,
  retryable = false,
): Promise<void> {
  outcome.started();
  try {
    await action();
    outcome.done(notice);
  } catch (caught) {
    outcome.failed(
      describeError(caught).message,
      retryable ? () => void runAction(outcome, action, notice, retryable) : undefined,
    );
  }
}

export const buttonClass = (primary?: boolean) => (primary ? 'button button-primary' : 'button');
