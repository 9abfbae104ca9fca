/** The report's stylesheet, inlined: the page must open from disk with no other file. */
export const STYLES = `
:root {
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --bg: #fff; --accent: #0969da;
  --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #cf222e; --fail-bg: #ffebe9;
  --warn: #9a6700; --warn-bg: #fff8c5; --info: #0969da; --info-bg: #ddf4ff;
  --skip: #59636e; --skip-bg: #eff2f5; --error: #8250df; --error-bg: #fbefff;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); background: var(--soft); }
main { max-width: 1280px; margin: 0 auto; padding: 0 24px 48px; }
h2 { font-size: 18px; margin: 32px 0 4px; }
.lead { color: var(--muted); margin: 0 0 12px; }
code, pre, .mono { font-family: var(--mono); font-size: 12.5px; }
a { color: var(--accent); }
[hidden] { display: none !important; }

/* header */
.top { background: var(--bg); border-bottom: 1px solid var(--line); }
.top .inner { max-width: 1280px; margin: 0 auto; padding: 20px 24px; display: flex; gap: 24px; align-items: flex-start; }
.top h1 { font-size: 22px; margin: 0 0 6px; }
.top dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; color: var(--muted); }
.top dd { margin: 0; color: var(--fg); word-break: break-all; }
.overall { margin-left: auto; text-align: center; padding: 10px 22px; border-radius: 8px; color: #fff; min-width: 150px; }
.overall b { display: block; font-size: 26px; letter-spacing: .04em; }
.overall span { font-size: 12px; opacity: .9; }
.overall.PASS { background: var(--pass); } .overall.FAIL { background: var(--fail); } .overall.ERROR { background: var(--error); }
.counts { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 12px; }
.count { border-radius: 6px; padding: 2px 10px; font-weight: 600; border: 1px solid transparent; }
.count.zero { opacity: .45; }
.banner { margin: 16px 0 0; padding: 12px 16px; border-radius: 6px; border: 1px solid; }
.banner.fatal { background: var(--error-bg); border-color: var(--error); }
.banner.waivers { background: var(--warn-bg); border-color: #d4a72c; }
.banner ul { margin: 4px 0 0; padding-left: 20px; }
.banner.ok { background: var(--pass-bg); border-color: #2da44e; }
.attention { margin-top: 16px; padding: 12px 16px; border-left: 4px solid var(--fail); }
.attention ul { list-style: none; margin: 6px 0 0; padding: 0; }
.attention li { padding: 3px 0; }
.attention a { font-weight: 600; margin: 0 4px; }

/* verdict pills and colours */
.v { display: inline-block; min-width: 44px; text-align: center; border-radius: 999px; padding: 0 8px;
  font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.v-pass { color: var(--pass); background: var(--pass-bg); } .v-fail { color: var(--fail); background: var(--fail-bg); }
.v-warn { color: var(--warn); background: var(--warn-bg); } .v-info { color: var(--info); background: var(--info-bg); }
.v-skip { color: var(--skip); background: var(--skip-bg); } .v-error { color: var(--error); background: var(--error-bg); }
.lvl { font-size: 11px; font-weight: 600; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
.banner.baseline { background: #f6f8fa; border-color: #d0d7de; }
.chg { display: inline-block; font-size: 11px; font-weight: 600; border-radius: 4px; padding: 0 5px; margin-right: 6px; border: 1px solid; text-decoration: none; }
.chg-new { color: var(--fail); border-color: var(--fail); }
.chg-fixed { color: var(--pass); border-color: var(--pass); }
.chg-same { color: #57606a; border-color: #d0d7de; }
.chg-added { color: #0969da; border-color: #0969da; }
.waived-tag { font-size: 11px; font-weight: 600; color: var(--warn); border: 1px dashed var(--warn); border-radius: 4px; padding: 0 4px; }

/* matrix */
.card { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; }
table.matrix { border-collapse: collapse; width: 100%; }
.matrix th, .matrix td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: middle; }
.matrix thead th { background: var(--soft); font-size: 12px; text-transform: uppercase; color: var(--muted); letter-spacing: .04em; }
.matrix .grp th { background: var(--soft); font-size: 13px; padding-top: 10px; }
.matrix .part-head > * { background: #eaeef2; border-top: 2px solid var(--line); padding: 8px; }
.matrix .part-head .colsum { text-align: center; font-size: 11px; }
.fold { font: inherit; font-size: 14px; font-weight: 700; border: 0; background: none; cursor: pointer; padding: 0; color: var(--fg); }
.fold::before { content: "▾"; display: inline-block; width: 1.1em; }
.fold[aria-expanded="false"]::before { content: "▸"; }
.matrix .req { white-space: nowrap; font-weight: 600; }
.matrix .txt { color: var(--muted); max-width: 560px; }
.matrix .ch { width: 120px; text-align: center; }
.matrix .colsum { font-size: 11px; text-transform: none; letter-spacing: 0; font-weight: normal; }
.v-fail-text { color: var(--fail); font-weight: 600; } .v-error-text { color: var(--error); font-weight: 600; }
.v-warn-text { color: var(--warn); font-weight: 600; }
.cell { display: block; border-radius: 4px; padding: 3px 0; font-size: 12px; font-weight: 600; text-align: center;
  text-decoration: none; color: #fff; text-transform: uppercase; letter-spacing: .03em; }
.cell:hover { outline: 2px solid var(--fg); outline-offset: 1px; }
.cell.c-pass { background: #2da44e; } .cell.c-fail { background: #cf222e; } .cell.c-error { background: #8250df; }
.cell.c-warn { background: #d4a72c; color: #1f2328; } .cell.c-info { background: #54aeff; color: #0a3069; }
.cell.c-skip { background: #d1d9e0; color: #59636e; } .cell.c-none { background: transparent; color: #afb8c1; }
.cell.waived { background-image: repeating-linear-gradient(135deg, transparent 0 6px, rgba(255,255,255,.35) 6px 9px); }
.cell.dim { opacity: .18; }
.legend { display: flex; gap: 12px; flex-wrap: wrap; font-size: 12px; color: var(--muted); margin: 8px 0; align-items: center; }
.legend .cell { display: inline-block; width: 56px; }

/* accept sequence */
.seqs { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; }
.seq { padding: 12px 16px; min-width: 0; }
.seq h3 { margin: 0 0 6px; font-size: 15px; display: flex; gap: 8px; align-items: baseline; }
.seq .expected { font-size: 12px; color: var(--muted); margin-bottom: 8px; line-height: 1.9; }
.seq .expected > span { white-space: nowrap; }
.seq .expected .step { background: var(--muted); }
.seq table.observed { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 12.5px; }
.seq td { padding: 2px 6px; border-bottom: 1px solid var(--soft); vertical-align: middle; }
.seq td.t { width: 76px; text-align: right; white-space: nowrap; color: var(--muted); font-family: var(--mono); }
.seq td.s { width: 28px; }
.seq td.what { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.seq tr.req td { background: #f0f6ff; font-weight: 600; }
.step { display: inline-block; width: 18px; height: 18px; line-height: 18px; border-radius: 50%; text-align: center;
  font-size: 11px; font-weight: 700; color: #fff; background: var(--pass); }
.step.bad { background: var(--fail); }
.seq .verdict { margin-top: 8px; font-weight: 600; }

/* filters */
.filters { position: sticky; top: 0; z-index: 5; background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  padding: 8px 12px; display: flex; gap: 6px 14px; flex-wrap: wrap; align-items: center; margin: 12px 0; }
.filters .grp { display: flex; gap: 4px; align-items: center; }
.filters .label { font-size: 12px; color: var(--muted); margin-right: 2px; }
.chip { font: inherit; font-size: 12px; border: 1px solid var(--line); background: var(--bg); border-radius: 999px;
  padding: 1px 8px; cursor: pointer; color: var(--fg); }
.chip:hover { border-color: var(--muted); }
.chip[aria-pressed="true"] { background: var(--fg); color: #fff; border-color: var(--fg); }
.filters .shown { margin-left: auto; color: var(--muted); font-size: 12px; }

/* results */
details.result { background: var(--bg); border: 1px solid var(--line); border-left: 4px solid var(--line);
  border-radius: 6px; margin: 6px 0; }
details.result.r-fail { border-left-color: var(--fail); } details.result.r-error { border-left-color: var(--error); }
details.result.r-warn { border-left-color: #d4a72c; } details.result.r-pass { border-left-color: #2da44e; }
details.result.r-info { border-left-color: #54aeff; } details.result.r-skip { border-left-color: #d1d9e0; }
details.result.flash { box-shadow: 0 0 0 3px rgba(9,105,218,.35); }
details.result { scroll-margin-top: 72px; }
details.result > summary { cursor: pointer; padding: 8px 12px; display: grid; grid-template-columns: 64px minmax(220px, 340px) 1fr;
  gap: 12px; align-items: baseline; list-style: none; }
details.result > summary::-webkit-details-marker { display: none; }
summary .id { font-family: var(--mono); font-size: 12.5px; font-weight: 600; word-break: break-all; }
summary .msg { color: var(--fg); }
summary .reqs { color: var(--muted); font-size: 12px; }
.body { padding: 4px 16px 16px; border-top: 1px solid var(--line); }
.facts { display: grid; grid-template-columns: 130px 1fr; gap: 6px 16px; margin: 12px 0; }
.facts dt { color: var(--muted); font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; padding-top: 2px; }
.facts dd { margin: 0; }
.facts pre { margin: 0; white-space: pre-wrap; word-break: break-word; background: var(--soft); padding: 6px 8px; border-radius: 4px; }
.facts .actual pre { background: var(--fail-bg); }
.note { background: var(--warn-bg); border: 1px solid #d4a72c; border-radius: 6px; padding: 6px 10px; }

/* timeline */
.timeline h4 { margin: 16px 0 6px; font-size: 13px; }
.timeline .scen { color: var(--muted); font-weight: normal; }
details.ev { border-bottom: 1px solid var(--soft); }
details.ev > summary { cursor: pointer; display: grid; grid-template-columns: 78px 64px 28px 1fr auto; gap: 8px; padding: 3px 6px;
  font-size: 12.5px; align-items: baseline; }
details.ev > summary:hover { background: var(--soft); }
/* Evidence is neutral blue; red only where it shows a failure. */
details.ev.evidence > summary { background: var(--info-bg); box-shadow: inset 3px 0 0 var(--info); }
:is(.r-fail, .r-error) details.ev.evidence > summary { background: var(--fail-bg); box-shadow: inset 3px 0 0 var(--fail); }
:is(.r-warn) details.ev.evidence > summary { background: var(--warn-bg); box-shadow: inset 3px 0 0 #d4a72c; }
details.ev .t { font-family: var(--mono); color: var(--muted); text-align: right; }
details.ev .actor { font-size: 11px; font-weight: 600; color: var(--muted); }
details.ev .dir { font-family: var(--mono); color: var(--muted); text-align: center; }
details.ev .what { font-family: var(--mono); word-break: break-all; }
details.ev .badge { font-size: 11px; border-radius: 4px; padding: 0 5px; background: var(--skip-bg); color: var(--muted); margin-left: 4px; }
details.ev .badge.ev-mark { background: var(--info); color: #fff; }
:is(.r-fail, .r-error) details.ev .badge.ev-mark { background: var(--fail); }
.r-warn details.ev .badge.ev-mark { background: var(--warn); }
details.ev .badge.bad { background: var(--fail-bg); color: var(--fail); }
.evbody { padding: 6px 12px 10px 110px; }
.evbody h5 { margin: 6px 0 2px; font-size: 12px; color: var(--muted); }
pre.json, pre.text { margin: 0; padding: 8px 10px; background: var(--soft); border-radius: 4px; overflow-x: auto; max-height: 480px; }
pre.json .k { color: #0550ae; } pre.json .s { color: #0a3069; } pre.json .n { color: #953800; } pre.json .l { color: #8250df; }
mark.offending { background: #ffd8d3; outline: 2px solid var(--fail); border-radius: 2px; color: inherit; }
table.headers { font-family: var(--mono); font-size: 12px; border-collapse: collapse; }
table.headers td { padding: 0 12px 0 0; vertical-align: top; word-break: break-all; }
table.headers td:first-child { color: var(--muted); white-space: nowrap; }
section.op { margin: 10px 0 4px; border: 1px solid var(--line); border-radius: 6px; }
.op-head { background: #f0f6ff; padding: 4px 10px; border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
.op-label { font-weight: 700; font-family: var(--mono); font-size: 13px; }
.op-line { font-family: var(--mono); font-size: 12px; color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.more { margin: 8px 0; }
.muted { color: var(--muted); }
footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
`;
