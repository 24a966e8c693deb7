"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * Real names for the cards of in-app links: article titles, this family's providers and the
 * catalog's services in the reader's language (named here by the server, so the catalog itself
 * stays out of the page's JavaScript).
 */
export type LinkTitles = {
  articles: Record<string, string>;
  providers: Record<string, string>;
  services: Record<string, string>;
};

const LinkTitlesContext = createContext<LinkTitles>({ articles: {}, providers: {}, services: {} });

export function LinkTitlesProvider({ titles, children }: { titles: LinkTitles; children: ReactNode }) {
  return <LinkTitlesContext value={titles}>{children}</LinkTitlesContext>;
}

export const useLinkTitles = () => useContext(LinkTitlesContext);
