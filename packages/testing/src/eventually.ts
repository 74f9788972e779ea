/**
 * Retries `read` until it returns a value `accept` takes, for effects that arrive through the outbox a
 * moment later; fails with the last value seen.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  do {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  } while (Date.now() < deadline);
  throw new Error(`still not as expected after ${timeoutMs} ms: ${JSON.stringify(last)}`);
}
