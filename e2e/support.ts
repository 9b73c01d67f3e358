import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeChinesePunctuation } from '../lib/text/chinese-punctuation';

export const docPath = '/documents/beijing-digital-economy-2023';

/**
 * The source text as published, one line per heading or paragraph (the last line is the rights
 * notice), as the app shows it: verbatim but for ASCII punctuation among Chinese, made full-width.
 */
export const seedLines = readFileSync(path.join(process.cwd(), 'content', 'sources', 'beijing-digital-economy-2023.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map(normalizeChinesePunctuation);

export const regulationsPath = '/documents/beijing-digital-economy-promotion-regulations';

/** The Regulations' official text, one paragraph per line. */
export const regulationsLines = readFileSync(
  path.join(process.cwd(), 'content', 'sources', 'beijing-digital-economy-promotion-regulations.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '');
