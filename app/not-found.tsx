// Requests that never reach a locale (the proxy sends everything else to /en or /zh).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
          <h1>Page not found · 页面未找到</h1>
          <p>
            <a href="/en">Library</a> · <a href="/zh" lang="zh-CN">文库</a>
          </p>
        </main>
      </body>
    </html>
  );
}
