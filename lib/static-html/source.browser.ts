// The browser never reads the build's files: a hydrating page keeps the server's HTML, and a
// page rendered in the browser fetches it (see static-html.client.tsx).

export function fragmentHtml(): string {
  throw new Error('Static HTML is read during server rendering only');
}

export function siteCss(): string {
  throw new Error('The site stylesheet is read during server rendering only');
}

export function headScript(): string {
  throw new Error('The head script is read during server rendering only');
}
