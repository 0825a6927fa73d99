/**
 * The page cache's bodies (lib/http/page-cache.ts): a rendered page kept split around its nonce,
 * joined again with a fresh one, unpacked from what Next sent, packed for each client.
 */
import zlib from 'node:zlib';

export function splitAround(buffer: Buffer, separator: string): Buffer[] {
  const parts: Buffer[] = [];
  const needle = Buffer.from(separator);
  let start = 0;
  for (let at = buffer.indexOf(needle, start); at >= 0; at = buffer.indexOf(needle, start)) {
    parts.push(buffer.subarray(start, at));
    start = at + needle.length;
  }
  parts.push(buffer.subarray(start));
  return parts.map((p) => Buffer.from(p)); // copies: the entry keeps no view of a larger buffer
}

export function joinWith(parts: readonly Buffer[], nonce: string): Buffer {
  const glue = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  parts.forEach((p, i) => {
    if (i) pieces.push(glue);
    pieces.push(p);
  });
  return Buffer.concat(pieces);
}

export function unpack(body: Buffer, encoding: string | undefined): Buffer | null {
  switch ((encoding ?? 'identity').toLowerCase()) {
    case 'identity':
      return body;
    case 'gzip':
      return zlib.gunzipSync(body);
    case 'deflate':
      return zlib.inflateSync(body);
    case 'br':
      return zlib.brotliDecompressSync(body);
    default:
      return null;
  }
}

/** A coding named in Accept-Encoding, and the same coding refused with q=0 (compiled once: runs per answer). */
const ACCEPTS = {
  br: { named: /\bbr\b/, refused: /\bbr\s*;\s*q=0(?:\.0*)?\b/ },
  gzip: { named: /\bgzip\b/, refused: /\bgzip\s*;\s*q=0(?:\.0*)?\b/ },
};

/**
 * The body for a client, compressed as it accepts: this runs on every answer (the nonce differs
 * each time), so at the fastest settings — Brotli quality 1 (~0.7 ms for a 190 KB page, smaller
 * than gzip's), else gzip level 1.
 */
export function pack(
  body: Buffer,
  accept: string | string[] | undefined,
): { body: Buffer; encoding?: string } {
  const accepted = String(accept ?? '');
  const takes = (coding: keyof typeof ACCEPTS) =>
    ACCEPTS[coding].named.test(accepted) && !ACCEPTS[coding].refused.test(accepted);
  if (takes('br'))
    return {
      body: zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 1,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      encoding: 'br',
    };
  if (takes('gzip')) return { body: zlib.gzipSync(body, { level: 1 }), encoding: 'gzip' };
  return { body };
}
