"use client";

import { useEffect, useState } from "react";

/**
 * True once the element given to the returned ref has come within `margin` of the viewport, and
 * from then on. Heavy parts below the fold (the trends chart) wait for it, so their code is not
 * fetched, parsed and run while the page is still starting up; browsers without
 * IntersectionObserver get them at once. A callback ref, because the element may appear later
 * (after its data has loaded).
 */
export function useNearViewport(margin = "200px"): [(element: Element | null) => void, boolean] {
  const [element, setElement] = useState<Element | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, margin, near]);
  return [setElement, near || (element !== null && typeof IntersectionObserver === "undefined")];
}
