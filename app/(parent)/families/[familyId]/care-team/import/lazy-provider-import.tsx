"use client";

import dynamic from "next/dynamic";

/**
 * The import form as its own chunk: it names credentials from the whole catalog, which would
 * otherwise be part of the page's first load (see app/_components/care-team/catalog-forms.tsx).
 */
export const ProviderImport = dynamic(() => import("./provider-import").then((module) => module.ProviderImport));
