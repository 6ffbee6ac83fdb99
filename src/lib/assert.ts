/** For bugs, not for expected failures (use `Result` or an AwsError for those). */
export function assert(condition: unknown, message = 'assertion failed'): asserts condition {
  if (!condition) throw new Error(message);
}

/** Closes a discriminated-union switch: the compiler proves every case was handled. */
export function exhaustive(value: never, message = 'unexpected value'): never {
  throw new Error(`${message}: ${JSON.stringify(value)}`);
}
