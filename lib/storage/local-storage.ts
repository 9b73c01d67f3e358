// Browser only: the one place that touches window.localStorage. Storage can be missing or
// refuse every call (private browsing, blocked cookies, a full quota); callers get a value or
// null, never an exception, and a choice that cannot be stored still applies to the page.

/** The minimal Storage the annotation store is written against (so it also runs in tests). */
export type StorageLike = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

const unavailable = (): never => {
  throw new Error('Local storage is unavailable');
};

/** localStorage, or a stand-in that fails every call (so the store reports rather than throws). */
export function browserStorage(): StorageLike {
  try {
    if (window.localStorage) return window.localStorage;
  } catch {
    // Blocked by the browser's privacy settings.
  }
  return { getItem: unavailable, setItem: unavailable, removeItem: unavailable };
}

export function readStored(key: string): string | null {
  try {
    return browserStorage().getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value (null removes it); false when storage refused. */
export function writeStored(key: string, value: string | null): boolean {
  try {
    const storage = browserStorage();
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
