/** The tooltip's stylesheet, applied inside its shadow root only. */
export const TOOLTIP_CSS = `
:host { all: initial !important; display: contents !important; }
.tip {
  all: initial;
  box-sizing: border-box; position: fixed; inset: auto; margin: 0; top: 0; left: 0;
  width: min(420px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto;
  padding: 12px 14px; border: 1px solid #c8c8d0; border-radius: 8px;
  background: #ffffff; color: #1d1d22; box-shadow: 0 6px 24px rgba(0,0,0,.22);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  text-align: left; direction: ltr; z-index: 2147483647;
}
.tip:not(:popover-open):not(.open) { display: none; }
:where(.tip *) { box-sizing: border-box; font: inherit; color: inherit; margin: 0; padding: 0; letter-spacing: normal; text-transform: none; text-align: left; }
header { display: flex; align-items: flex-start; gap: 8px; }
h2 { flex: 1; font-size: 15px; font-weight: 700; line-height: 1.3; }
h2:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
button.close { all: unset; cursor: pointer; width: 22px; height: 22px; text-align: center; line-height: 22px; border-radius: 4px; font-size: 16px; }
button.close:hover, button.close:focus-visible { background: #ececf1; outline: 2px solid #0b57d0; }
.headline { margin-top: 2px; font-weight: 600; color: #7a3b00; }
.kev { margin-top: 6px; font-size: 12px; color: #44444c; }
h3 { margin-top: 10px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #5a5a66; }
ol { list-style: none; }
li { margin-top: 6px; padding-left: 8px; border-left: 3px solid #e0a800; }
li.controversy { border-left-color: #8e8ea0; }
.meta { font-size: 12px; color: #55555f; }
.kind { display: inline-block; padding: 0 5px; margin-right: 4px; border-radius: 3px; background: #fff1c2; color: #5b3a00; font-size: 11px; font-weight: 600; }
li.controversy .kind { background: #ececf1; color: #33333b; }
.status { font-size: 12px; font-style: italic; }
a { color: #0b57d0; text-decoration: underline; cursor: pointer; }
a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.response { margin-top: 10px; padding: 6px 8px; background: #f4f4f7; border-radius: 4px; }
.response h3 { margin-top: 0; }
.response p { margin-top: 4px; }
footer { margin-top: 10px; display: flex; justify-content: space-between; gap: 8px; font-size: 12px; color: #55555f; }
button.more { all: unset; cursor: pointer; color: #0b57d0; text-decoration: underline; }
button.more:focus-visible { outline: 2px solid #0b57d0; }
.none { margin-top: 6px; color: #44444c; }
@media (prefers-color-scheme: dark) {
  .tip { background: #1f1f24; color: #ececf1; border-color: #44444c; box-shadow: 0 6px 24px rgba(0,0,0,.6); }
  .headline { color: #ffc94d; }
  .kev, .meta, footer, h3, .none { color: #b4b4c0; }
  .kind { background: #4a3a00; color: #ffe08a; }
  li.controversy .kind { background: #3a3a44; color: #e0e0ea; }
  a, button.more { color: #8ab4f8; }
  .response { background: #2a2a31; }
  button.close:hover, button.close:focus-visible { background: #33333b; }
}
`;
