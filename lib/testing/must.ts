// Tests only: a value the test's setup guarantees, or a failure that says what was missing.
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
}
