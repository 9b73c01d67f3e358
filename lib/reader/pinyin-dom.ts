// Turns a sentence's `data-readings` into per-character `<span data-py>` once pinyin is wanted.
// CSS then lays those out as ruby; the server HTML stays one text run per sentence.

const han = /\p{Script=Han}/u;

export function applyPinyin(root: ParentNode): void {
  for (const sentence of root.querySelectorAll<HTMLElement>('[data-readings]:not([data-ruby])')) {
    const readings = (sentence.dataset.readings ?? '').split(' ');
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
        span.dataset.py = readings[next++] ?? '';
        span.textContent = char;
        fragment.append(span);
      }
      if (run) fragment.append(run);
      text.replaceWith(fragment);
    }
    sentence.setAttribute('data-ruby', '');
  }
}
