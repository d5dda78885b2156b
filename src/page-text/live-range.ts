/** A live Range for a page position kept as a StaticRange (mentions are kept static; hover and the tooltip need live ones). */
/** Null if the text changed under it. */
export function liveRange(doc: Document, r: AbstractRange): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    return null;
  }
}
