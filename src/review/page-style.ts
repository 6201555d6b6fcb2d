// The review page's inline stylesheet. LIST_ROW_HEIGHT_PX is shared with the script: the list is
// virtual (only rows in view exist), so every row must have exactly this height.
export const LIST_ROW_HEIGHT_PX = 30;

export const PAGE_STYLE = `
:root { --line: #b9bec7; --head: #eef1f5; --fail: #ffd4d4; --fail-line: #d22; --soft: #fff0c2; --muted: #6b7280; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f2328; }
header.top { padding: 10px 16px; border-bottom: 1px solid var(--line); background: #f7f8fa; }
header.top h1 { font-size: 17px; margin: 0 0 6px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.toolbar input[type=search] { width: 22em; padding: 4px 6px; }
.muted { color: var(--muted); }
.list-grid { display: grid; grid-template-columns: 5em minmax(12em, 2.4fr) 5em 5.5em 6.5em 6em 5.5em 6.5em minmax(10em, 2fr); align-items: center; }
.list-head { border-bottom: 2px solid var(--line); background: var(--head); font-weight: 600; padding-right: 16px; }
.list-head button { all: unset; cursor: pointer; padding: 6px 8px; display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.list-head button.num { text-align: right; }
.list-head button[aria-sort=ascending]::after { content: " ▲"; }
.list-head button[aria-sort=descending]::after { content: " ▼"; }
#list-scroll { position: relative; overflow-y: auto; height: calc(100vh - 122px); }
#list-body { position: relative; }
a.list-row { position: absolute; left: 0; right: 0; height: ${LIST_ROW_HEIGHT_PX}px; color: inherit; text-decoration: none; border-bottom: 1px solid #e5e7eb; }
a.list-row:hover { background: #eef4ff; }
a.list-row > span { padding: 0 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; line-height: ${LIST_ROW_HEIGHT_PX}px; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.bad { color: var(--fail-line); font-weight: 600; }
.warn { color: #8a6100; font-weight: 600; }
#detail-view { padding: 12px 16px 40px; max-width: 1500px; }
#detail-view nav { display: flex; gap: 16px; margin-bottom: 8px; }
#detail-view h2 { font-size: 18px; margin: 4px 0; }
#detail-view h3 { font-size: 15px; margin: 18px 0 6px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
table.tpl { border-collapse: collapse; margin: 6px 0 14px; font-size: 13px; }
table.tpl caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.tpl th, table.tpl td { border: 1px solid var(--line); padding: 3px 6px; }
table.tpl th { background: var(--head); font-weight: 500; text-align: center; }
table.tpl td.label { max-width: 26em; }
table.tpl td.v { text-align: right; min-width: 3.2em; font-variant-numeric: tabular-nums; position: relative; }
td.v a { color: inherit; }
td.cell-null::after { content: "∅"; color: #9aa1ab; font-size: 11px; }
td.cell-absent { background: repeating-linear-gradient(45deg, #fff, #fff 4px, #eceff3 4px, #eceff3 8px); }
td.cell-fail { background: var(--fail); outline: 2px solid var(--fail-line); outline-offset: -2px; }
td.cell-soft { background: var(--soft); }
td.cell-focus { box-shadow: inset 0 0 0 3px #2563eb; }
td.v small { color: var(--muted); margin-left: 2px; }
.check { margin: 6px 0 10px; }
.check code.formula { background: #f3f4f6; padding: 1px 4px; }
table.instances { border-collapse: collapse; margin-top: 4px; font-size: 13px; }
table.instances th, table.instances td { border: 1px solid #d9dce1; padding: 2px 6px; }
table.instances tr.instance { cursor: pointer; }
table.instances tr.instance:hover { background: #eef4ff; }
table.instances td:last-child { font-size: 12px; }
details.cross > summary { cursor: pointer; }
details.cross-fail > summary b { color: var(--fail-line); }
ul.plain { margin: 4px 0; padding-left: 20px; }
pre.json { background: #f6f8fa; padding: 6px; overflow-x: auto; font-size: 12px; }
`;
