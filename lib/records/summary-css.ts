/**
 * The care-team summary's own stylesheet: the page inlines it and the PDF renderer hands the same
 * text to Chromium, so paper from the browser and the downloaded PDF are one layout. Sized in
 * points to fit one A4 or US Letter page with a dozen providers.
 */
export const SUMMARY_CSS = `
.cs-sheet { box-sizing: border-box; max-width: 190mm; margin: 0 auto; padding: 10mm 10mm 8mm; background: #fff; color: #1c1917;
  font: 8pt/1.22 ui-sans-serif, system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; border: 1px solid #d6d3d1; border-radius: 6px; }
.cs-sheet * { box-sizing: border-box; }
.cs-head { display: flex; justify-content: space-between; align-items: flex-end; gap: 8mm; border-bottom: 2px solid #115e59; padding-bottom: 2mm; margin-bottom: 3mm; }
.cs-head h1 { font-size: 13pt; line-height: 1.15; margin: 0; }
.cs-head p { margin: 0.5mm 0 0; color: #44403c; }
.cs-meta { text-align: right; white-space: nowrap; }
.cs-meta strong { color: #115e59; }
.cs-sheet h2 { font-size: 9pt; margin: 2.2mm 0 0.8mm; color: #115e59; text-transform: uppercase; letter-spacing: 0.03em; }
.cs-sheet ul { margin: 0; padding-left: 4mm; }
.cs-sheet li { margin: 0.2mm 0; }
.cs-cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; padding-left: 0 !important; list-style: none; }
.cs-cols > li { break-inside: avoid; padding-left: 2.5mm; text-indent: -2.5mm; }
.cs-cols > li::before { content: "• "; }
.cs-cols > li .cs-sub { text-indent: 0; }
.cs-sheet table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 7.4pt; line-height: 1.18; }
.cs-sheet th { text-align: left; font-size: 7.2pt; color: #44403c; border-bottom: 1px solid #a8a29e; padding: 0.6mm 1mm; }
.cs-sheet td { vertical-align: top; border-bottom: 1px solid #e7e5e4; padding: 0.4mm 1mm; overflow-wrap: anywhere; }
.cs-sheet tr { break-inside: avoid; }
.cs-sheet th.cs-rowhead { font-size: inherit; color: inherit; border-bottom: 1px solid #e7e5e4; padding: 0.6mm 1mm; vertical-align: top; }
.cs-sub { display: block; color: #57534e; font-size: 7pt; line-height: 1.15; }
.cs-no { color: #9a3412; font-weight: 600; }
.cs-yes { color: #166534; font-weight: 600; }
.cs-status-missing { color: #b91c1c; font-weight: 700; }
.cs-status-mismatch { color: #9a3412; font-weight: 700; }
.cs-status-unverified { color: #854d0e; font-weight: 700; }
.cs-empty { color: #57534e; margin: 0; }
.cs-foot { margin-top: 2mm; border-top: 1px solid #d6d3d1; padding-top: 1.5mm; color: #57534e; font-size: 7.4pt; }
@page { margin: 9mm 10mm; }
@media print {
  body:has(.cs-sheet) .family-chrome, body:has(.cs-sheet) .site-header { display: none !important; }
  body:has(.cs-sheet) main { padding: 0 !important; max-width: none !important; }
  body:has(.cs-sheet) { background: #fff !important; }
  .cs-sheet { border: 0; border-radius: 0; padding: 0; max-width: none; }
}
`;
