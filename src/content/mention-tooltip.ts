/**
 * The tooltip opened on a mention: by hover (only on a marked mention), by
 * the keyboard command (the next mention any vendor not muted has), or for a
 * vendor the popup asks for; scrolled into view, its mark made the active one.
 * The tooltip's details, strings and code come from the background.
 */
import { sendToBackground } from '../shared/browser-api.ts';
import type { Matcher } from '../matcher/matcher.ts';
import type { Painter } from './painter.ts';
import type { Mention } from './mentions.ts';
import { LazyTooltip } from './tooltip-loader.ts';

export class MentionTooltip {
  readonly tooltip = new LazyTooltip(
    document,
    {
      details: (id) => sendToBackground({ type: 'card', id }),
      openProfile: (id) => void sendToBackground({ type: 'open-profile', id }).catch(() => {}),
      mute: (id) => void sendToBackground({ type: 'mute', id, muted: true }).catch(() => {}),
      strings: () => sendToBackground({ type: 'strings' }),
      hint: () => sendToBackground({ type: 'hint' }),
    },
    () => sendToBackground({ type: 'load-ui' }),
  );

  /** `matcher()`: the frame's matcher (a mention exists only once it does). */
  constructor(
    private readonly painter: Painter,
    private readonly matcher: () => Matcher | null,
  ) {
    this.tooltip.onClose = () => this.painter.setActive(null);
  }

  /** Opens the tooltip of a mention, scrolled into view, with focus inside if `focus`. */
  present(m: Mention, focus: boolean): void {
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.painter.setActive(m.range);
    this.tooltip.show(this.anchorOf(m), { focus });
  }

  private anchorOf(m: Mention) {
    const voc = this.matcher()!.voc;
    return { range: m.range, vendorId: voc.ids[m.vendor]!, vendorName: voc.names[m.vendor]! };
  }

  /** The pointer came onto a mention: its tooltip's code (once per frame) and its vendor's card data load during the hover delay. */
  hoverIntent(m: Mention): void {
    if (this.painter.isMarked(m)) this.tooltip.prepare(this.anchorOf(m).vendorId);
  }

  /** Opens the tooltip of a mention pointed at or tapped. */
  hoverShow(m: Mention): void {
    if (!this.painter.isMarked(m)) return;
    this.painter.setActive(m.range);
    this.tooltip.show(this.anchorOf(m), { pointer: true });
  }

  /** The mention after the open one among `ordered` (page order), wrapping around. */
  next(ordered: readonly Mention[]): void {
    const list = ordered.filter((m) => this.painter.reachable(m));
    if (!list.length) return;
    const cur = this.tooltip.current?.range;
    const i = cur ? list.findIndex((m) => m.range === cur) : -1;
    this.present(list[(i + 1) % list.length]!, true);
  }

  /** Opens the first mention of vendor `id` among `ordered`; whether there was one. */
  reveal(ordered: readonly Mention[], id: string): boolean {
    const m = ordered.find((x) => this.matcher()?.voc.ids[x.vendor] === id);
    if (m) this.present(m, true);
    return !!m;
  }
}
