"use client";

import dynamic from "next/dynamic";

/**
 * The forms that carry the whole catalog (credentials with their rules, services, needs, treatment
 * models, the Spanish translation: some 35 kB compressed), each as its own chunk. The server still
 * renders them into the page; in the browser the page's shell (header, navigation, the rest of the
 * page) starts without waiting for the catalog, and each form becomes usable as soon as its chunk
 * has arrived. Pages import the forms from here, never from their files (the
 * import page's ProviderImport likewise from ./lazy-provider-import beside it).
 */
export const ProviderForm = dynamic(() => import("./provider-form").then((module) => module.ProviderForm));
// The children page takes all three from here: a static import of any of them would bring the
// module, and with it the catalog, back into the page's first load.
export const AddChildForm = dynamic(() => import("./child-forms").then((module) => module.AddChildForm));
export const AddNeedForm = dynamic(() => import("./child-forms").then((module) => module.AddNeedForm));
export const MarkServiceForm = dynamic(() => import("./child-forms").then((module) => module.MarkServiceForm));
