/**
 * The badge's own stylesheet: a CR80 card (86 × 54 mm, the size of a badge holder) in fixed
 * light colours. On screen it is shown enlarged; on paper and in the PDF the page is the card.
 */
export const BADGE_CSS = `
.vb-root { min-height: 100vh; background: #e9ecef; color: #1a1b1e; font-variant-ligatures: none; }
.vb-toolbar { position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; gap: 8px;
  align-items: center; padding: 10px 16px; background: #fff; border-bottom: 1px solid #ced4da; }
.vb-toolbar-note { margin-left: 8px; color: #2b8a3e; font-weight: 600; }
.vb-stage { display: flex; justify-content: center; padding-top: 48px; }
.vb-zoom { zoom: 1.75; }
.vb-card { box-sizing: border-box; width: 86mm; height: 54mm; overflow: hidden; background: #fff;
  color: #1a1b1e; border: 0.3mm solid #adb5bd; border-radius: 3mm; display: flex;
  flex-direction: column; font-size: 7.5pt; line-height: 1.3;
  box-shadow: 0 2px 10px rgba(0,0,0,.15); }
.vb-band { display: flex; justify-content: space-between; align-items: center; gap: 2mm;
  padding: 1.6mm 3mm; background: #1c7ed6; color: #fff; }
.vb-site { font-weight: 700; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.vb-number { flex: none; font-weight: 800; white-space: nowrap; }
.vb-body { flex: 1; padding: 2mm 3mm 0; display: flex; flex-direction: column; min-height: 0; }
.vb-heading { font-size: 8pt; font-weight: 800; letter-spacing: .12em; color: #1864ab; }
.vb-name { font-size: 20pt; font-weight: 800; line-height: 1.3; margin: .2mm 0 1mm;
  overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical;
  word-break: break-word; }
.vb-name.vb-long { font-size: 13pt; }
.vb-trial { display: inline-block; margin-left: 2mm; padding: 0 1.4mm; border: 0.3mm solid #9c36b5;
  border-radius: 1mm; color: #9c36b5; font-size: 7pt; font-weight: 700; vertical-align: middle; }
.vb-rows { display: grid; grid-template-columns: auto 1fr; column-gap: 2.5mm; row-gap: .6mm;
  font-size: 9pt; }
.vb-label { color: #5c636a; white-space: nowrap; }
.vb-value { font-weight: 700; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.vb-note { margin-top: auto; padding: 1mm 3mm 1.6mm; font-size: 6pt; color: #5c636a;
  border-top: 0.2mm solid #dee2e6; }
@media print {
  @page { size: 86mm 54mm; margin: 0; }
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  .vb-root { min-height: 0; background: #fff; }
  .vb-toolbar, [data-noprint] { display: none !important; }
  .vb-stage { display: block; padding: 0; }
  .vb-zoom { zoom: 1; }
  .vb-card { border: none; border-radius: 0; box-shadow: none; break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
