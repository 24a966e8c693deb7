/** The meeting packet's own styles, beside the summary's: each part starts a printed page. */
export const PACKET_CSS = `
.mp-packet { color: #1c1917; font: 9pt/1.3 ui-sans-serif, system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
.mp-packet * { box-sizing: border-box; }
.mp-page + .mp-page { break-before: page; }
.mp-head { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #115e59; margin-bottom: 3mm; }
.mp-head h1 { font-size: 13pt; margin: 0 0 1mm; }
.mp-head p { margin: 0; color: #44403c; }
.mp-packet h2 { font-size: 10pt; color: #115e59; text-transform: uppercase; letter-spacing: 0.03em; margin: 4mm 0 1.5mm; }
.mp-packet h3 { font-size: 9pt; margin: 0 0 0.5mm; }
.mp-packet p { margin: 0 0 0.8mm; }
.mp-table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
.mp-table th, .mp-table td { text-align: left; vertical-align: top; border-bottom: 1px solid #e7e5e4; padding: 1mm; }
.mp-table thead th { color: #44403c; border-bottom: 1px solid #a8a29e; }
.mp-table tr { break-inside: avoid; }
.mp-sub { display: block; color: #57534e; font-size: 8pt; font-weight: normal; }
.mp-status { font-weight: 700; }
.mp-range { color: #57534e; }
.mp-chart, .mp-legend, .mp-requests, .mp-updates { list-style: none; padding: 0; margin: 0; }
.mp-chart li { display: flex; align-items: center; gap: 3mm; margin: 1mm 0; break-inside: avoid; }
.mp-chart-name { flex: 0 0 32%; font-size: 8.5pt; }
.mp-bar { position: relative; flex: 1; height: 4mm; background: #f5f5f4; border: 1px solid #d6d3d1; border-radius: 1mm; overflow: hidden; }
.mp-seg { position: absolute; top: 0; bottom: 0; }
.mp-legend { display: flex; flex-wrap: wrap; gap: 4mm; margin-top: 2mm; font-size: 8pt; }
.mp-key { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: -0.4mm; border-radius: 0.5mm; }
.mp-covered { background: #15803d; }
.mp-missing { background: #b91c1c; }
.mp-mismatch { background: #c2410c; }
.mp-unverified { background: #a16207; }
.mp-status.mp-covered, .mp-status.mp-missing, .mp-status.mp-mismatch, .mp-status.mp-unverified { background: none; }
.mp-status.mp-missing { color: #b91c1c; } .mp-status.mp-mismatch { color: #9a3412; } .mp-status.mp-unverified { color: #854d0e; }
.mp-requests > li { border-left: 3px solid #a8a29e; padding: 0.5mm 0 0.5mm 3mm; margin: 0 0 2.5mm; break-inside: avoid; }
.mp-overdue { color: #b91c1c; font-weight: 700; }
.mp-updates li { margin: 0.3mm 0; font-size: 8.5pt; }
.mp-questions ul { margin: 0 0 2mm; padding-left: 5mm; }
.mp-empty { color: #57534e; }
.mp-foot { margin-top: 4mm; border-top: 1px solid #d6d3d1; padding-top: 1.5mm; color: #57534e; font-size: 8pt; }
.mp-packet { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`;
