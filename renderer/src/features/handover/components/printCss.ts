/**
 * The print view's own stylesheet: plain HTML in fixed light colours, so paper and PDF look the
 * same whatever the app's colour scheme, and Mantine's dark variables never reach the sheet.
 */
export const PRINT_CSS = `
.hp-root { min-height: 100vh; background: #e9ecef; color: #1a1b1e; padding-bottom: 32px;
  font-size: 10.5pt; line-height: 1.45; font-variant-ligatures: none; }
.hp-toolbar { position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; gap: 8px;
  align-items: center; padding: 10px 16px; background: #fff; border-bottom: 1px solid #ced4da; }
.hp-toolbar-note { margin-left: 8px; color: #2b8a3e; font-weight: 600; }
.hp-sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 24px auto 0;
  padding: 14mm; background: #fff; color: #1a1b1e; box-shadow: 0 2px 14px rgba(0,0,0,.15); }
.hp-sheet h1 { font-size: 17pt; margin: 0 0 2px; line-height: 1.25; }
.hp-sheet h2 { font-size: 12pt; margin: 14px 0 6px; padding-bottom: 2px;
  border-bottom: 1.5px solid #1a1b1e; display: flex; justify-content: space-between;
  align-items: baseline; gap: 8px; }
.hp-sheet h3 { font-size: 10.5pt; margin: 8px 0 3px; }
.hp-sheet p { margin: 2px 0 6px; }
.hp-sheet table { width: 100%; border-collapse: collapse; margin: 0 0 6px; }
.hp-sheet th, .hp-sheet td { border: 1px solid #adb5bd; padding: 3px 6px; text-align: left;
  vertical-align: top; word-break: break-word; }
.hp-sheet th { background: #f1f3f5; font-weight: 600; }
.hp-sheet td.hp-num, .hp-sheet th.hp-num { text-align: right; white-space: nowrap;
  font-variant-numeric: tabular-nums; }
.hp-nowrap { white-space: nowrap; }
.hp-mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.hp-muted { color: #5c636a; }
.hp-small { font-size: 9pt; }
.hp-pre { white-space: pre-wrap; word-break: break-word; }
.hp-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 12px;
  border-bottom: 3px double #1a1b1e; padding-bottom: 8px; margin-bottom: 8px; }
.hp-site { font-size: 9.5pt; font-weight: 700; letter-spacing: .05em; color: #495057; }
.hp-fp { flex: none; border: 2px solid #1a1b1e; border-radius: 6px; padding: 5px 10px;
  text-align: center; }
.hp-fp-label { font-size: 8.5pt; font-weight: 700; }
.hp-fp-value { font-size: 14pt; font-weight: 800; letter-spacing: .05em; white-space: nowrap; }
.hp-meta th { width: 16%; white-space: nowrap; }
.hp-flag { border-left: 4px solid #e8590c; background: #fff4e6; padding: 3px 8px; margin: 3px 0 6px; }
.hp-flagged-section h2 { color: #d9480f; border-color: #e8590c; }
.hp-badge { display: inline-block; padding: 0 6px; border: 1px solid; border-radius: 4px;
  font-size: 9pt; font-weight: 700; line-height: 1.5; white-space: nowrap; }
.hp-ok { color: #2b8a3e; border-color: #2b8a3e; }
.hp-bad { color: #c92a2a; border-color: #c92a2a; }
.hp-warn { color: #d9480f; border-color: #e8590c; }
.hp-info { color: #1864ab; border-color: #1c7ed6; }
.hp-neutral { color: #495057; border-color: #adb5bd; }
.hp-stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; margin: 6px 0; }
.hp-stat { border: 1px solid #adb5bd; border-radius: 4px; padding: 3px 8px; }
.hp-stat b { display: block; font-size: 13pt; }
.hp-sigs { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.hp-sig { border: 1px solid #adb5bd; border-radius: 6px; padding: 6px 10px; min-height: 58px; }
.hp-sig-name { font-size: 13pt; font-weight: 700; }
.hp-foot { margin-top: 14px; padding-top: 6px; border-top: 1px solid #adb5bd; font-size: 8.5pt;
  color: #5c636a; display: flex; justify-content: space-between; gap: 8px; }
.hp-newpage { break-before: page; }
.hp-handover.hp-newpage { margin-top: 28px; padding-top: 14px; border-top: 2px dashed #adb5bd; }
.hp-keep, .hp-sheet tr { break-inside: avoid; }
.hp-sheet h2, .hp-sheet h3 { break-after: avoid; }
@media print {
  @page { size: A4; margin: 12mm 12mm 14mm; }
  html, body { background: #fff !important; color: #1a1b1e !important; }
  .hp-root { background: #fff; padding: 0; min-height: 0; }
  .hp-toolbar, [data-noprint] { display: none !important; }
  .hp-sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .hp-handover.hp-newpage { margin-top: 0; padding-top: 0; border-top: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
