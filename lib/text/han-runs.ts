// English prose names Chinese things in Chinese: "People's Daily Online (人民网)". Those words
// need lang="zh-CN" of their own (WCAG 3.1.2): without it a screen reader spells them with an
// English voice, and the browser draws them from a Japanese font, in Japanese glyph forms.

export type Run = { text: string; han: boolean };

// A run starts and ends on a Han character; CJK punctuation and full-width forms may sit inside it.
const hanRun = /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u00b7]*\p{Script=Han})?/gu;

/** `text` cut into Han runs and the text between them; joined again, the runs are `text`. */
export function hanRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(hanRun)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), han: false });
    runs.push({ text: match[0], han: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), han: false });
  return runs;
}
