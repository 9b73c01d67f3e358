// Browser: a per-document data file (readings, Traditional characters, dictionary), fetched once,
// when first wanted; a failed fetch is forgotten so the next intent tries again.

export function fileLoader<T>(): (url: string) => Promise<T> {
  let request: { url: string; data: Promise<T> } | null = null;
  return (url) => {
    if (request?.url !== url) {
      const data: Promise<T> = fetch(url).then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`)),
      );
      data.catch(() => {
        request = null;
      });
      request = { url, data };
    }
    return request.data;
  };
}
