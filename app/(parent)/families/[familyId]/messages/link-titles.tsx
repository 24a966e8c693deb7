"use client";

import { createContext, useContext, type ReactNode } from "react";

/** Real names for the cards of in-app links: article titles and this family's providers. */
export type LinkTitles = { articles: Record<string, string>; providers: Record<string, string> };

const LinkTitlesContext = createContext<LinkTitles>({ articles: {}, providers: {} });

export function LinkTitlesProvider({ titles, children }: { titles: LinkTitles; children: ReactNode }) {
  return <LinkTitlesContext value={titles}>{children}</LinkTitlesContext>;
}

export const useLinkTitles = () => useContext(LinkTitlesContext);
