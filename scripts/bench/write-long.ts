// Writes the benchmark's long copies of the interview into a folder, for a build that reads them
// (DUIZHAO_EXTRA_DOCUMENTS): `tsx scripts/bench/write-long.ts <dir> [factor …]`. The e2e suite
// uses it for its 4× copy (playwright.config.ts); the bench writes its own (long.ts).
import { LONG_FACTORS, writeLongDocuments } from './long';

const [dir, ...factors] = process.argv.slice(2);
if (!dir) throw new Error('usage: write-long.ts <dir> [factor …]');
const written = writeLongDocuments(undefined, dir, factors.length > 0 ? factors.map(Number) : LONG_FACTORS);
console.log(`[write-long] ${written.map((document) => document.slug).join(', ')} in ${dir}`);
