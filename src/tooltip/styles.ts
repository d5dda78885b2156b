/** The card's stylesheet, applied inside its shadow root only (light and dark; focus rings ≥ 3:1). */
export const TOOLTIP_CSS = `
:host { all: initial !important; display: contents !important; }
.tip {
  all: initial; color-scheme: light;
  box-sizing: border-box; position: fixed; inset: auto; margin: 0; top: 0; left: 0;
  width: min(540px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: auto;
  padding: 0; border: 1px solid #8e8e9a; border-radius: 8px;
  background: #ffffff; color: #1d1d22; box-shadow: 0 6px 24px rgba(0,0,0,.22);
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  text-align: left; direction: ltr; z-index: 2147483647;
}
.tip:not(:popover-open):not(.open) { display: none; }
:where(.tip *) { box-sizing: border-box; font: inherit; color: inherit; margin: 0; padding: 0; letter-spacing: normal; text-transform: none; text-align: left; }
header { position: sticky; top: 0; display: flex; align-items: center; gap: 8px; padding: 8px 12px 4px; background: inherit; }
.body { padding: 0 12px 6px; }
h2 { flex: 1; font-size: 15px; font-weight: 700; line-height: 1.3; }
h2:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
button.close { all: unset; cursor: pointer; width: 24px; height: 24px; text-align: center; line-height: 24px; border-radius: 4px; font-size: 16px; }
button.close:hover { background: #ececf1; }
h3 { margin-top: 8px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: #4a4a55; }
ul { list-style: none; }
li { margin-top: 5px; padding-left: 8px; border-left: 3px solid #b8b8c4; }
li.r.binding { border-left-color: #b3261e; }
li.r.advisory { border-left-color: #b07a00; }
.jur { display: inline-block; min-width: 2.4em; margin-right: 6px; font-weight: 700; font-size: 12px; }
.what { font-weight: 600; }
.scope { color: #3d3d46; }
.meta { font-size: 12px; color: #4a4a55; }
.chip { display: inline-block; padding: 0 5px; margin: 0 4px 0 0; border-radius: 3px; background: #ececf1; color: #2b2b33; font-size: 11px; font-weight: 600; }
.chip.binding { background: #fde7e5; color: #8c1d18; }
.chip.advisory { background: #fff1c2; color: #5b3a00; }
.chip.reported, .chip.caveat { background: #e8eefc; color: #1f3d7a; }
.more { margin-top: 4px; font-size: 12px; color: #4a4a55; }
.none { margin-top: 6px; color: #2b2b33; }
.says { margin-top: 8px; padding: 5px 8px; background: #f4f4f7; border-radius: 4px; }
.kev { margin-top: 6px; font-size: 12px; color: #3d3d46; }
a { color: #0b57d0; text-decoration: underline; cursor: pointer; }
a:focus-visible, button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
footer { position: sticky; bottom: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; padding: 6px 12px 8px; border-top: 1px solid #d8d8e0; background: inherit; font-size: 12px; color: #4a4a55; }
.asof { margin-left: auto; }
.hint { flex-basis: 100%; }
button.more { all: unset; cursor: pointer; color: #0b57d0; text-decoration: underline; min-height: 24px; line-height: 24px; font-size: 12px; }
.sr { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .tip { color-scheme: dark; background: #1f1f24; color: #ececf1; border-color: #6a6a76; box-shadow: 0 6px 24px rgba(0,0,0,.6); }
  h2:focus, a:focus-visible, button:focus-visible { outline-color: #a8c7fa; }
  h3, .meta, .more, .kev, footer, .scope { color: #c4c4cf; }
  .none { color: #ececf1; }
  li { border-left-color: #6a6a76; }
  li.r.binding { border-left-color: #f2b8b5; }
  li.r.advisory { border-left-color: #ffc94d; }
  .chip { background: #3a3a44; color: #ececf1; }
  .chip.binding { background: #5c1f1b; color: #ffdad6; }
  .chip.advisory { background: #4a3a00; color: #ffe08a; }
  .chip.reported, .chip.caveat { background: #1f3357; color: #d6e3ff; }
  a, button.more { color: #a8c7fa; }
  .says { background: #2a2a31; }
  footer { border-top-color: #44444c; }
  button.close:hover { background: #33333b; }
}
`;
