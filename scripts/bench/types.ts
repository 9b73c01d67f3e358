// The shapes of one run's figures: what the sections measure, what .bench/results.json holds and
// what report.ts renders. Plain JSON data only.

/** The 1-minute load average before and after a section. */
export type LoadAveragePair = [number, number];

export type Section<T> =
  | { status: 'ok'; data: T; loadAverage: LoadAveragePair; seconds: number }
  | { status: 'error'; error: string; loadAverage: LoadAveragePair; seconds: number }
  | { status: 'skipped' };

export type Machine = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  loadAverage: number[];
  loadAverageAtEnd?: number[];
  next: string;
  chromium: string | null;
  commit: string | null;
  dirty: boolean;
  distDir: string;
  buildId: string | null;
  builtAt: string | null;
};

// ---------------------------------------------------------------------------
// Pages

export type PageRole = 'library' | 'document' | 'glossary' | 'term' | 'search' | 'passage' | 'reference';

/** One page to measure: `id` names it in check ids (stable across runs); `slug` names the document a per-document page belongs to. */
export type Page = { id: string; name: string; role: PageRole; path: string; slug?: string };

// ---------------------------------------------------------------------------
// Lighthouse

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const CATEGORIES: readonly Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

export type LighthouseScores = {
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Per category, the audits that failed outright (binary) or scored below 0.9. */
  failing: Partial<Record<string, string[]>>;
  /** Lighthouse could not measure everything (e.g. NO_LCP): the figures it could not compute are null. */
  runtimeError: string | null;
};

export type LighthouseRow =
  | ({
      kind: 'measured';
      page: Page;
      url: string;
      runs: number;
      performanceRuns: (number | null)[];
      tbtRuns: (number | null)[];
      lcpRuns: (number | null)[];
      runErrors: string[];
    } & LighthouseScores)
  | { kind: 'missing'; page: Page; status: number; missing: string };

export type LighthouseSection = { version: string; runs: number; rows: LighthouseRow[]; reference: LighthouseRow[] };

// ---------------------------------------------------------------------------
// Bytes

export type ResourceEntry = { url: string; type: string; status: number; encoding: string; transferred: number; decoded: number | null };
export type ResourceSum = { count: number; transferred: number; decoded: number; encodings: string[] };
export type PayloadRow = { what: string; bytes: number; gzip: number };
export type HtmlParts = {
  largestPayloadRows: PayloadRow[];
  markupBytes: number;
  markupGzip: number;
  flightBytes: number;
  flightGzip: number;
  otherInlineBytes: number;
};
export type FirstLoad = {
  url: string;
  html: ResourceSum;
  htmlParts: HtmlParts | null;
  js: ResourceSum;
  css: ResourceSum;
  font: ResourceSum;
  entries: ResourceEntry[];
};

/** A document's text alone: every segment's Chinese and English. */
export type TextFloor = {
  slug: string;
  segments: number;
  zhChars: number;
  enChars: number;
  rawBytes: number;
  /** The whole text gzipped at once. */
  gzipBytes: number;
  zhGzipBytes: number;
  enGzipBytes: number;
  /** How many copies of a body it holds (1 but for the long copies). */
  copies: number;
  /**
   * Each copy's text gzipped alone, summed: the floor for a long copy. gzip finds a repeated body
   * within its 32 KiB window and all but drops it, which fresh text of that length would not allow;
   * the copies' HTML is too far apart for that. For a document of one copy, equal to gzipBytes.
   */
  floorGzipBytes: number;
};

/**
 * Any further byte figure beside the first load: a file fetched on demand, a static build's
 * compressed size, a dictionary per document… Rendered as extra rows and columns by name.
 */
export type ExtraFigure = { name: string; path: string; transferred: number; decoded: number; encoding: string; note?: string };

export type DocumentBytes = {
  slug: string;
  path: string;
  load: FirstLoad;
  text: TextFloor;
  jsOverBare: number;
  htmlOverText: number;
  extras: ExtraFigure[];
};
export type BytesSection = { documents: DocumentBytes[]; bare: FirstLoad; extras: ExtraFigure[] };

// ---------------------------------------------------------------------------
// The reader at any length

export type LcpElement = {
  tag: string;
  id: string;
  className: string;
  segment: string | null;
  text: string;
  size: number;
  startTime: number;
};

export type TapRun = {
  /** performance.now() (from navigation start) when the first tapped pair got data-pinned; null if it never did. */
  answeredMs: number | null;
  /** When the reader enhancer had attached (first sentence got its tabindex). */
  readyMs: number | null;
  /** When the first tap reached the page (a click event's timeStamp). */
  firstTapMs: number | null;
  taps: number;
  /** Long tasks (≥ 50 ms) that started before the answer, summed. */
  longTaskMs: number;
  longTasks: number;
  error?: string;
};

export type ReaderRow = {
  slug: string;
  /** How many times the interview's body it holds (1 for a real document). */
  factor: number;
  kind: 'document' | 'long copy';
  path: string;
  text: TextFloor;
  lighthouse: LighthouseRow;
  htmlTransferred: number;
  jsTransferred: number;
  htmlOverText: number;
  jsOverBare: number;
  domElements: number | null;
  lcpElement: LcpElement | null;
  tap: { runs: TapRun[]; medianMs: number | null; medianLongTaskMs: number | null };
  extras: ExtraFigure[];
};

export type ReaderSection = {
  build: { distDir: string; builtAt: string | null };
  cpuSlowdown: number;
  tapRuns: number;
  tapIntervalMs: number;
  viewport: { width: number; height: number; deviceScaleFactor: number };
  bare: { lighthouse: LighthouseRow; jsTransferred: number };
  rows: ReaderRow[];
};

// ---------------------------------------------------------------------------
// Load, search, builds

export type LoadRow =
  | { kind: 'missing'; server: string; target: string; missing: string }
  | {
      kind: 'measured';
      server: string;
      target: string;
      seconds: number;
      connections: number;
      requests: number;
      rps: number;
      p50Ms: number;
      p99Ms: number;
      maxMs: number;
      mbPerS: number;
      ok2xx: number;
      non2xx: number;
      errors: number;
      timeouts: number;
    };
export type LoadSection = { seconds: number; connections: number; rows: LoadRow[] };

export type SearchSection = { command: string; output: string };

/** One document's reading-aid files (scripts/bench/dictionary.ts), in bytes. */
export type DictionaryRow = {
  slug: string;
  hanChars: number;
  words: number;
  dictionary: { raw: number; gzip: number };
  readings: { raw: number; gzip: number };
  traditional: { raw: number; gzip: number };
};
export type DictionarySection = { command: string; rows: DictionaryRow[] };

/** A page of the static build as a CDN sends it: the file, and its precompressed .gz and .br. */
export type StaticBytesRow = { path: string; raw: number; gzip: number; brotli: number };
export type StaticSection = { builtInS: number; reused: boolean; bytes: StaticBytesRow[]; load: LoadSection };

export type BuildSection = { builtInS: number; reused: boolean; distDir: string; documents?: string[] };

export type Sections = {
  bare?: Section<BuildSection>;
  benchBuild?: Section<BuildSection>;
  lighthouse?: Section<LighthouseSection>;
  bytes?: Section<BytesSection>;
  reader?: Section<ReaderSection>;
  load?: Section<LoadSection>;
  search?: Section<SearchSection>;
  dictionary?: Section<DictionarySection>;
  static?: Section<StaticSection>;
};
export type SectionName = keyof Sections;

/** One aim checked against one figure. */
export type Check = { id: string; aim: string; what: string; figure: string; target: string; met: boolean };

export type Results = { startedAt: string; finishedAt?: string; machine: Machine; sections: Sections; checks: Check[] };
