import type { ReactNode } from "react";

/** A page's title and the sentence that says what the page is for; `children` sits at the right. */
export function PageIntro({ title, intro, children }: { title: string; intro: string; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="mt-1 max-w-2xl text-stone-700">{intro}</p>
      </div>
      {children}
    </div>
  );
}
