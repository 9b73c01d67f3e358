// Browser only: turns the Chinese sentences into per-character `<span data-py>` once pinyin is
// wanted, from the document's readings file (readings are not in the page's HTML). CSS then lays
// those out as ruby.

const han = /\p{Script=Han}/u;

/** Readings by sentence ("s1-p1.2" → "shù zì jīng jì …"), as /{locale}/documents/{slug}/readings.json serves them. */
export type Readings = Record<string, string>;

export function applyPinyin(root: ParentNode, readings: Readings): void {
  for (const sentence of root.querySelectorAll<HTMLElement>('.block-zh [data-sentence]:not([data-ruby])')) {
    const syllables = (readings[sentence.dataset.sentence ?? ''] ?? '').split(' ');
    let next = 0;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      if (walker.currentNode instanceof Text) texts.push(walker.currentNode);
    }
    for (const text of texts) {
      if (!han.test(text.data)) continue;
      const fragment = document.createDocumentFragment();
      let run = '';
      for (const char of text.data) {
        if (!han.test(char)) {
          run += char;
          continue;
        }
        if (run) fragment.append(run);
        run = '';
        const span = document.createElement('span');
        span.dataset.py = syllables[next++] ?? '';
        span.textContent = char;
        fragment.append(span);
      }
      if (run) fragment.append(run);
      text.replaceWith(fragment);
    }
    sentence.setAttribute('data-ruby', '');
  }
}
