export const metadata = { title: 'Bare Next.js', description: 'A minimal App Router page: the framework floor for npm run bench.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
