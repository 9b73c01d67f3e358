// BENCHMARKS.md's "reader at any length" section, and the scaling table printed at the end of a run:
// each document and long copy (length in characters) against each figure, with its growth over
// the interview's own row, so that flat and growing figures show at a glance.
import { AIMS } from './aims';
import { LONG_SOURCE } from './long';
import { CPU_SLOWDOWN, TAP_INTERVAL_MS } from './reader';
import { table, terminalTable } from './format';
import { lighthouseTable } from './report-sections';
import type { ReaderRow, ReaderSection } from './types';

type Column = { header: string; value: (row: ReaderRow) => number | null; format: (value: number) => string; growth: boolean };

const kibNumber = (bytes: number) => (bytes / 1024).toFixed(1);
const whole = (value: number) => String(Math.round(value));
const lh = (row: ReaderRow) => (row.lighthouse.kind === 'measured' ? row.lighthouse : null);

/** The scaling table's columns; the extra byte figures each rows carries become columns of their own. */
function columns(rows: readonly ReaderRow[]): Column[] {
  const extras = [...new Set(rows.flatMap((row) => row.extras.map((extra) => extra.name)))];
  return [
    { header: 'segments', value: (row) => row.text.segments, format: whole, growth: true },
    { header: 'Lighthouse performance', value: (row) => lh(row)?.scores.performance ?? null, format: whole, growth: false },
    { header: 'TBT ms', value: (row) => lh(row)?.tbtMs ?? null, format: whole, growth: true },
    { header: 'LCP ms', value: (row) => lh(row)?.lcpMs ?? null, format: whole, growth: true },
    { header: 'HTML KiB', value: (row) => row.htmlTransferred, format: kibNumber, growth: true },
    { header: 'JS KiB', value: (row) => row.jsTransferred, format: kibNumber, growth: true },
    { header: 'text alone KiB', value: (row) => row.text.floorGzipBytes, format: kibNumber, growth: true },
    { header: 'text gzipped whole KiB', value: (row) => row.text.gzipBytes, format: kibNumber, growth: true },
    { header: 'HTML / text', value: (row) => row.htmlOverText, format: (value) => `${value.toFixed(2)}×`, growth: false },
    { header: 'DOM elements', value: (row) => row.domElements, format: whole, growth: true },
    { header: 'answers a tap, ms', value: (row) => row.tap.medianMs, format: whole, growth: true },
    { header: 'long tasks before it, ms', value: (row) => row.tap.medianLongTaskMs, format: whole, growth: true },
    ...extras.map((name): Column => ({
      header: `${name} KiB`,
      value: (row) => row.extras.find((extra) => extra.name === name)?.transferred ?? null,
      format: kibNumber,
      growth: true,
    })),
  ];
}

const chars = (row: ReaderRow) => row.text.zhChars + row.text.enChars;

/** The scaling table as cells: header first; `withGrowth` adds "(×n)" against the interview's row. */
export function scalingRows(data: ReaderSection, withGrowth = true): string[][] {
  const base = data.rows.find((row) => row.slug === LONG_SOURCE) ?? data.rows[0];
  const cols = columns(data.rows);
  const cell = (column: Column, row: ReaderRow) => {
    const value = column.value(row);
    if (value === null) return '—';
    const baseValue = base ? column.value(base) : null;
    const growth = withGrowth && column.growth && row !== base && baseValue ? ` (×${(value / baseValue).toFixed(1)})` : '';
    return `${column.format(value)}${growth}`;
  };
  const bareTbt = data.bare.lighthouse.kind === 'measured' ? data.bare.lighthouse.tbtMs : null;
  const bareLcp = data.bare.lighthouse.kind === 'measured' ? data.bare.lighthouse.lcpMs : null;
  const bareScore = data.bare.lighthouse.kind === 'measured' ? data.bare.lighthouse.scores.performance : null;
  const bare = (column: Column): string => {
    const value = { 'Lighthouse performance': bareScore, 'TBT ms': bareTbt, 'LCP ms': bareLcp, 'JS KiB': data.bare.jsTransferred }[
      column.header
    ];
    return value === undefined || value === null ? '' : column.format(value);
  };
  return [
    ['length', 'document', 'characters (zh + en)', ...cols.map((column) => column.header)],
    ...data.rows.map((row) => [
      `${row.factor}×`,
      row.slug,
      `${chars(row)}${withGrowth && base && row !== base ? ` (×${(chars(row) / chars(base)).toFixed(1)})` : ''}`,
      ...cols.map((column) => cell(column, row)),
    ]),
    ['—', 'bare Next.js (reference)', '', ...cols.map(bare)],
  ];
}

/** The scaling table for a terminal. */
export function scalingText(data: ReaderSection): string {
  return terminalTable(scalingRows(data));
}

export function readerSection(data: ReaderSection): string[] {
  const [header = [], ...body] = scalingRows(data);
  const aims =
    `Aims at every length: TBT ≤ the bare page's + ${AIMS.tbtOverBareMs} ms, LCP ≤ the bare page's + ${AIMS.lcpOverBareMs} ms, HTML ≤ ${AIMS.htmlOverText}× the text alone, ` +
    `JavaScript ≤ ${AIMS.jsOverBare}× the bare page's, Lighthouse performance ≥ ${AIMS.performance} (and 100 for the other categories).`;
  const out: string[] = [
    `Every document of the library, and the interview's body (${LONG_SOURCE}: every segment after the title) repeated to ${data.rows
      .filter((row) => row.kind === 'long copy')
      .map((row) => `${row.factor}×`)
      .join(', ')} its length with fresh segment ids ` +
      `(\`-r2\`, \`-r3\`, …), each a document of its own (\`bench-long-<n>x\`), generated into \`.bench/documents/\` for this benchmark only and built into a bench-only build (\`${data.build.distDir}\`, built ${data.build.builtAt ?? '?'}) that is never published. ` +
      "Every row, 1× included, comes from that build and its own `next start`, so the rows compare like with like; the sections above measure the app's real build.",
    '',
    "- **Lighthouse**: as above (mobile, simulated throttling), the median of the runs; TBT and LCP beside the bare page's, measured in the same rounds (each round: the bare page, then every length once).",
    '- **HTML, JS**: transferred on first load in Chromium (gzip as `next start` serves it), as in "Bytes on first load". **Text alone**: the Chinese and English of every segment, gzipped; for a long copy, each copy of the body gzipped on its own and summed. ' +
      'gzip finds a repeated body within its 32 KiB window and all but drops it ("text gzipped whole" shows that), which fresh text of the same length would not allow, while the copies\' HTML lies too far apart for that: the sum is the text floor a document of that length would have. **HTML / text** is over that floor.',
    `- **DOM elements** and the **LCP element**: one untouched load in Playwright's Chromium with the CPU slowed ${CPU_SLOWDOWN}× (CDP \`Emulation.setCPUThrottlingRate\`) on a ${data.viewport.width}×${data.viewport.height} touch screen; ` +
      "the LCP element from a `PerformanceObserver` for `largest-contentful-paint` (Lighthouse 12.2.3 with this Chromium does not name it); the element count (`document.getElementsByTagName('*')`) once the reader enhancer has run and the network is idle.",
    `- **Answers a tap**: the same throttled Chromium and screen, a fresh context each run (cold cache), ${data.tapRuns} run(s), the median shown. From the moment the navigation commits, the driver finds the first sentence in the viewport and taps it ` +
      `(touch events, as a finger would; never on a term link), again and again, ${TAP_INTERVAL_MS} ms apart, each tap delivered before the next. The figure is the page's own clock (\`performance.now()\`, from navigation start) when the app first answers: ` +
      "the tapped sentence and its counterpart get `data-pinned` (components/reader-enhancer.client.tsx), seen by a `MutationObserver` installed before any page script. Before the reader enhancer has hydrated a tap does nothing, and a tap that arrives during a long task waits for it, as a reader's would; " +
      `so the figure is the main thread's time from navigation until it is free to answer (network on loopback, no network throttling). "Long tasks before it" sums the main thread's long tasks (≥ 50 ms, a \`longtask\` PerformanceObserver) up to the answer. ` +
      "The answer can come one driver round (a tap interval plus the driver's own calls into the page, which wait for the main thread too) after the enhancer attached; the runs below give both times.",
    '',
    aims,
    '',
    table(header, body),
    '',
    '"(×n)": the figure over the interview\'s own (1×) row. A flat figure stays near ×1.0 as the length grows; one that grows with the document shows roughly the length\'s factor.',
    '',
    'LCP element per length (the last `largest-contentful-paint` entry of an untouched load):',
    '',
    ...data.rows.map((row) => {
      const element = row.lcpElement;
      if (!element) return `- ${row.factor}× ${row.slug}: not reported`;
      const where = [element.id && `#${element.id}`, element.className && `.${element.className.split(/\s+/).join('.')}`]
        .filter(Boolean)
        .join('');
      return `- ${row.factor}× ${row.slug}: \`<${element.tag}${where ? ` ${where}` : ''}>\`${element.segment ? ` in segment \`${element.segment}\`` : ''}, “${element.text}”, ${element.size} px², at ${element.startTime} ms`;
    }),
    '',
    'Tap runs, each: answered at ms (reader enhancer attached at ms; first tap reached the page at ms; taps sent; long tasks before the answer, ms):',
    '',
    ...data.rows.map(
      (row) =>
        `- ${row.factor}× ${row.slug}: ` +
        row.tap.runs
          .map((run) =>
            run.answeredMs === null
              ? `no answer (${run.error ?? '?'})`
              : `${run.answeredMs} (${run.readyMs ?? '?'}; ${run.firstTapMs ?? '?'}; ${run.taps} taps; ${run.longTaskMs} in ${run.longTasks})`,
          )
          .join(', '),
    ),
    '',
    'Lighthouse per length:',
    '',
    lighthouseTable([...data.rows.map((row) => row.lighthouse), data.bare.lighthouse]),
    '',
  ];
  return out;
}
