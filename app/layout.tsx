import type { ReactNode } from 'react';

// <html> lives in [locale]/layout.tsx so that its lang follows the UI locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
