// One static page: what every App Router page ships before any app code.
export default function Page() {
  return (
    <main>
      <h1>Bare Next.js</h1>
      <p>A minimal App Router page, the framework floor for the byte benchmark.</p>
    </main>
  );
}
