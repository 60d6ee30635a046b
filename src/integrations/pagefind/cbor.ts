/**
 * The part of CBOR (RFC 8949) that Pagefind's index metadata uses: unsigned and negative integers, text
 * strings, byte strings, arrays and booleans, with definite lengths, in the shortest form, as Pagefind's
 * encoder (minicbor) writes them. Decoding then encoding a Pagefind metadata file gives the same bytes.
 */
export type CborValue = number | string | boolean | Uint8Array | CborValue[];

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at - 1}`);
    if (at + size > bytes.length) throw new Error('CBOR: truncated');
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): CborValue => {
    if (at >= bytes.length) throw new Error('CBOR: truncated');
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      throw new Error(`CBOR: unsupported simple value ${info}`);
    }
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        if (at + n > bytes.length) throw new Error('CBOR: truncated');
        const slice = bytes.subarray(at, at + n);
        at += n;
        return major === 2 ? slice : new TextDecoder('utf-8', { fatal: true }).decode(slice);
      }
      case 4:
        return Array.from({ length: n }, item);
      default:
        throw new Error(`CBOR: unsupported major type ${major}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error('CBOR: trailing bytes');
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    const type = major << 5;
    if (n < 24) out.push(type | n);
    else if (n < 0x100) out.push(type | 24, n);
    else if (n < 0x10000) out.push(type | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push(type | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else throw new Error('CBOR: integer too large');
  };
  const item = (x: CborValue) => {
    if (typeof x === 'number') {
      if (!Number.isSafeInteger(x)) throw new Error(`CBOR: not an integer: ${x}`);
      if (x >= 0) head(0, x);
      else head(1, -1 - x);
    } else if (typeof x === 'string') {
      const utf8 = new TextEncoder().encode(x);
      head(3, utf8.length);
      out.push(...utf8);
    } else if (typeof x === 'boolean') {
      out.push(x ? 0xf5 : 0xf4);
    } else if (x instanceof Uint8Array) {
      head(2, x.length);
      out.push(...x);
    } else {
      head(4, x.length);
      x.forEach(item);
    }
  };
  item(value);
  return Uint8Array.from(out);
}
