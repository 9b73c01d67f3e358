// Reading an untrusted share link into raw parameters: a URL, a location-like object or a
// params record, each length-capped and percent-decoded without ever throwing. What the values
// mean is link-codec.ts's business.

import { z } from 'zod';
import { MAX_LINK_LENGTH, type LinkError, type LinkIssue, type LinkIssueCode } from './link-schema';

export type RawParams = { values: Map<string, string>; fragment: string | null };

export function safeDecode(value: string, plusIsSpace: boolean): string | null {
  try {
    return decodeURIComponent(plusIsSpace ? value.replace(/\+/g, ' ') : value);
  } catch {
    return null;
  }
}

export function issue(code: LinkIssueCode, param: string | null, message: string): LinkIssue {
  return { code, param, message };
}

function parseQueryString(query: string, issues: LinkIssue[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const piece of query.replace(/^\?/, '').split('&')) {
    if (piece.length === 0) continue;
    const eq = piece.indexOf('=');
    const name = safeDecode(eq === -1 ? piece : piece.slice(0, eq), true);
    const value = safeDecode(eq === -1 ? '' : piece.slice(eq + 1), true);
    if (name === null) {
      issues.push(issue('bad-encoding', null, 'A parameter name is not valid percent-encoding.'));
      continue;
    }
    if (value === null) {
      issues.push(issue('bad-encoding', name, `Parameter "${name}" is not valid percent-encoding.`));
      continue;
    }
    if (values.has(name)) {
      issues.push(issue('duplicate-param', name, `Parameter "${name}" appears more than once; the first is used.`));
      continue;
    }
    values.set(name, value);
  }
  return values;
}

function paramsFromRecord(record: Record<string, unknown>, issues: LinkIssue[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      values.set(name, value);
    } else if (Array.isArray(value) && typeof value[0] === 'string') {
      values.set(name, value[0]);
      if (value.length > 1) {
        issues.push(issue('duplicate-param', name, `Parameter "${name}" appears more than once; the first is used.`));
      }
    } else {
      issues.push(issue('invalid-param', name, `Parameter "${name}" is not a string.`));
    }
  }
  return values;
}

function fragmentOf(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  // Drop a browser fragment directive such as ":~:text=…".
  const directive = raw.indexOf(':~:');
  const fragment = directive === -1 ? raw : raw.slice(0, directive);
  return fragment.length === 0 ? null : fragment;
}

const LocationLikeSchema = z.object({ search: z.string().optional(), hash: z.string().optional() });
const ParamsLikeSchema = z.object({ params: z.record(z.string(), z.unknown()), hash: z.string().optional() });

function totalLength(values: Map<string, string>): number {
  let total = 0;
  for (const [name, value] of values) total += name.length + value.length;
  return total;
}

type ReadResult = { ok: true; raw: RawParams } | { ok: false; error: LinkError };

export function readInput(input: unknown, issues: LinkIssue[]): ReadResult {
  const oversized = (fragment: string | null): ReadResult => {
    issues.push(issue('oversized', null, `The link is longer than ${MAX_LINK_LENGTH} characters; only its segment is used.`));
    if (fragment !== null && fragment.length <= 256) return { ok: true, raw: { values: new Map(), fragment } };
    return { ok: false, error: { code: 'oversized', message: 'The link is too long to be read.' } };
  };

  if (typeof input === 'string') {
    const hashAt = input.indexOf('#');
    const fragment = hashAt === -1 ? null : fragmentOf(input.slice(hashAt));
    if (input.length > MAX_LINK_LENGTH) return oversized(fragment);
    const beforeHash = hashAt === -1 ? input : input.slice(0, hashAt);
    const queryAt = beforeHash.indexOf('?');
    const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
    return { ok: true, raw: { values: parseQueryString(query, issues), fragment } };
  }

  const params = ParamsLikeSchema.safeParse(input);
  if (params.success) {
    const fragment = params.data.hash === undefined ? null : fragmentOf(params.data.hash);
    const values = paramsFromRecord(params.data.params, issues);
    if (totalLength(values) > MAX_LINK_LENGTH) return oversized(fragment);
    return { ok: true, raw: { values, fragment } };
  }

  const location = LocationLikeSchema.safeParse(input);
  if (location.success && (location.data.search !== undefined || location.data.hash !== undefined)) {
    const search = location.data.search ?? '';
    const hash = location.data.hash ?? '';
    return readInput(`?${search.replace(/^\?/, '')}${hash.length > 0 ? `#${hash.replace(/^#/, '')}` : ''}`, issues);
  }

  return {
    ok: false,
    error: { code: 'invalid-input', message: 'Expected a URL string, a {search, hash} location or {params, hash}.' },
  };
}
