"use client";

import { useRouter } from "next/navigation";

/** After sign-in or sign-out: go to a page and drop every server-rendered page cached before. */
export function useFreshNavigation() {
  const router = useRouter();
  return (path: string) => {
    router.replace(path);
    router.refresh();
  };
}
