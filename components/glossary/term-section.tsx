import type { ReactNode } from 'react';

type Props = { id: string; title: ReactNode; children: ReactNode };

/** One section of a term page, titled. */
export function TermSection({ id, title, children }: Props) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="mb-[0.4rem] text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
