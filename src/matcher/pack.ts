/**
 * Arrays of small unsigned integers as compact strings, for data compiled at
 * build time and bundled into the content script: a width letter (b: 8 bits,
 * w: 16, d: 32, chosen by the largest value) then base64 of the bytes, little
 * endian. Unpacking is one native decode and one pass over the bytes.
 */

const WIDTH = { b: 1, w: 2, d: 4 } as const;
type Width = keyof typeof WIDTH;

export function pack(values: ArrayLike<number>): string {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff)
      throw new Error(`pack: ${v} is not a 32-bit unsigned`);
    if (v > max) max = v;
  }
  const w: Width = max < 0x100 ? 'b' : max < 0x10000 ? 'w' : 'd';
  const size = WIDTH[w];
  let bin = '';
  for (let i = 0; i < values.length; i++)
    for (let k = 0, v = values[i]!; k < size; k++, v = Math.floor(v / 256))
      bin += String.fromCharCode(v & 255);
  return w + btoa(bin);
}

/** Uint8Array.fromBase64 (native decoding) where the browser has it. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;

export function unpack(s: string): Uint8Array | Uint16Array | Uint32Array {
  const size = WIDTH[s[0] as Width];
  if (!size) throw new Error(`unpack: unknown width "${s[0]}"`);
  let bytes: Uint8Array;
  if (fromBase64) bytes = fromBase64(s.slice(1));
  else {
    const bin = atob(s.slice(1));
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  }
  // A fresh buffer starts aligned; every engine the extension runs on is little endian.
  return size === 1
    ? bytes
    : size === 2
      ? new Uint16Array(bytes.buffer, 0, bytes.length / 2)
      : new Uint32Array(bytes.buffer, 0, bytes.length / 4);
}
