import { Transform, type TransformCallback } from 'node:stream';

/** A header block longer than this is not a header block. */
const MAX_HEADER_BYTES = 8 * 1024;
/** A body longer than this is a broken Content-Length (a 10 MB template is about 20 MB of JSON at most). */
const MAX_BODY_BYTES = 512 * 1024 * 1024;
/** How long a message may sit unfinished before the bytes that did come are checked for a complete message. */
const STALL_MS = 250;

const MARKER = Buffer.from('Content-Length:', 'ascii');
const MARKER_LOWER = Buffer.from('content-length:', 'ascii');
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

/**
 * Sits between stdin and the JSON-RPC reader and passes on only well-framed messages. The stock reader
 * stops for good at the first wrong `Content-Length` (missing, not a number, too small, too large): it
 * never finds the next header again, so the server looks alive but answers nothing. Here a broken frame
 * is dropped (and logged), and reading resumes at the next `Content-Length:` header:
 *
 * - a header block without a valid length, or stray bytes where a header should start: skipped up to the
 *   next `Content-Length:`;
 * - a length too small (the body is cut off): the cut body is dropped, the rest skipped as above;
 * - a length too large (the body runs into the next header): the message before that header is taken when
 *   it is complete JSON, and reading resumes at the header; when no more bytes come, the bytes that did
 *   come are taken once they form complete JSON.
 */
export class ResyncingFramer extends Transform {
  private chunks: Buffer[] = [];
  private size = 0;
  /** The body length announced by the current header, or -1 while a header is expected. */
  private bodyLength = -1;
  private header: Buffer | undefined;
  private stallTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly log: (message: string) => void,
    private readonly stallMs = STALL_MS,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.clearStall();
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.size += chunk.length;
    }
    try {
      this.process();
    } catch (error) {
      // Never let a framing problem end the stream; start over at the next header.
      this.log(`Dropped unreadable input: ${String(error)}`);
      this.bodyLength = -1;
      this.header = undefined;
      this.skipToMarker(1);
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.clearStall();
    callback();
  }

  override _destroy(error: Error | null, callback: (error: Error | null) => void): void {
    this.clearStall();
    callback(error);
  }

  private process(): void {
    for (;;) {
      if (this.bodyLength < 0) {
        if (!this.readHeader()) return;
      }
      if (this.size < this.bodyLength) {
        this.armStall();
        return;
      }
      const body = this.consume(this.bodyLength);
      const header = this.header!;
      this.bodyLength = -1;
      this.header = undefined;
      this.deliver(header, body);
    }
  }

  /** Reads a header block; false when more bytes are needed. Skips whatever cannot start one. */
  private readHeader(): boolean {
    for (;;) {
      if (this.size === 0) return false;
      const head = this.peek(MAX_HEADER_BYTES + HEADER_END.length);
      if (!startsLikeHeader(head)) {
        if (!this.skipToMarker(1)) return false;
        continue;
      }
      const end = head.indexOf(HEADER_END);
      if (end < 0) {
        if (head.length > MAX_HEADER_BYTES) {
          this.log('Dropped a header block that never ended');
          this.skipToMarker(1);
          continue;
        }
        return false;
      }
      const block = head.subarray(0, end).toString('ascii');
      const length = contentLength(block);
      if (length === undefined) {
        this.log(`Dropped a message with a broken header: ${JSON.stringify(block.slice(0, 200))}`);
        this.skipToMarker(1);
        continue;
      }
      this.header = this.consume(end + HEADER_END.length);
      this.bodyLength = length;
      return true;
    }
  }

  /** Passes a message on; a body that is not complete JSON is checked for a swallowed header first. */
  private deliver(header: Buffer, body: Buffer): void {
    let marker = indexOfMarker(body, 1);
    if (looksComplete(body) && marker < 0) {
      this.push(header);
      this.push(body);
      return;
    }
    if (isJson(body)) {
      this.push(header);
      this.push(body);
      return;
    }
    if (marker < 0) marker = this.markerAcrossEnd(body);
    if (marker > 0) {
      // The length was too large: the body ran into the next message's header.
      const first = body.subarray(0, marker);
      if (isJson(first)) {
        this.log(`A message was ${body.length - marker} bytes shorter than its Content-Length said`);
        this.pushFramed(first);
      } else this.log(`Dropped a malformed message of ${marker} bytes`);
      this.putBack(body.subarray(marker));
      return;
    }
    // Not JSON: the stock reader would only report it. A cut-off body (length too small) leaves its tail
    // where the next header should be; readHeader skips it.
    this.log(`Dropped a message that is not JSON (${body.length} bytes)`);
  }

  /** Where a `Content-Length:` that starts in the body's last bytes and goes on in the buffer starts, or -1. */
  private markerAcrossEnd(body: Buffer): number {
    const tail = body.subarray(Math.max(1, body.length - (MARKER.length - 1)));
    if (tail.length === 0) return -1;
    const at = indexOfMarker(Buffer.concat([tail, this.peek(MARKER.length)]), 0);
    return at >= 0 && at < tail.length ? body.length - tail.length + at : -1;
  }

  /** No bytes came for a while and the message is unfinished: take what came if it is a whole message. */
  private armStall(): void {
    if (this.size === 0 || this.stallTimer) return;
    this.stallTimer = setTimeout(() => {
      this.stallTimer = undefined;
      const pending = this.peek(this.size);
      const marker = indexOfMarker(pending, 1);
      const candidate = marker > 0 ? pending.subarray(0, marker) : pending;
      if (!isJson(candidate)) return;
      this.log(`A message was ${this.bodyLength - candidate.length} bytes shorter than its Content-Length said`);
      this.consume(candidate.length);
      this.bodyLength = -1;
      this.header = undefined;
      this.pushFramed(candidate);
      try {
        this.process();
      } catch (error) {
        this.log(`Dropped unreadable input: ${String(error)}`);
      }
    }, this.stallMs);
    this.stallTimer.unref?.();
  }

  private clearStall(): void {
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
  }

  private pushFramed(body: Buffer): void {
    this.push(Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'));
    this.push(body);
  }

  /** Drops bytes up to the next `Content-Length:` at or after `from`; false when there is none yet. */
  private skipToMarker(from: number): boolean {
    const all = this.peek(this.size);
    const at = indexOfMarker(all, from);
    if (at >= 0) {
      if (at > 0) this.log(`Skipped ${at} bytes that were not a message`);
      this.consume(at);
      return true;
    }
    // Keep a tail that may be the start of a marker cut by the chunk boundary.
    const keep = Math.min(all.length, MARKER.length - 1);
    const dropped = all.length - keep;
    if (dropped > 0) {
      this.log(`Skipped ${dropped} bytes that were not a message`);
      this.consume(dropped);
    }
    return false;
  }

  /** Puts bytes back at the front. */
  private putBack(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.chunks.unshift(Buffer.from(bytes));
    this.size += bytes.length;
  }

  /** The first `n` bytes (or all there are), merged into one chunk so the next look is free. */
  private peek(n: number): Buffer {
    if (this.chunks.length === 0) return Buffer.alloc(0);
    if (this.chunks[0]!.length >= n || this.chunks.length === 1) return this.chunks[0]!.subarray(0, n);
    let taken = 0;
    let count = 0;
    while (count < this.chunks.length && taken < n) taken += this.chunks[count++]!.length;
    const merged = Buffer.concat(this.chunks.slice(0, count), taken);
    this.chunks.splice(0, count, merged);
    return merged.subarray(0, n);
  }

  /** Removes and returns the first `n` bytes. */
  private consume(n: number): Buffer {
    const out = Buffer.from(this.peek(n));
    let left = n;
    while (left > 0) {
      const first = this.chunks[0]!;
      if (first.length <= left) {
        this.chunks.shift();
        left -= first.length;
      } else {
        this.chunks[0] = first.subarray(left);
        left = 0;
      }
    }
    this.size -= n;
    return out;
  }
}

/** The announced length, when the block is `Name: value` lines with one valid Content-Length. */
function contentLength(block: string): number | undefined {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0 || !/^[A-Za-z][A-Za-z0-9-]*$/.test(line.slice(0, colon))) return undefined;
    if (line.slice(0, colon).toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value)) return undefined;
    length = Number(value);
  }
  return length !== undefined && length <= MAX_BODY_BYTES ? length : undefined;
}

const HEADER_NAMES = ['content-length:', 'content-type:'];

/** True when `head` is, or may become, the start of a header block (`Content-Length:` or `Content-Type:` first). */
function startsLikeHeader(head: Buffer): boolean {
  const text = head.subarray(0, 15).toString('latin1').toLowerCase();
  return HEADER_NAMES.some((name) => text.startsWith(name) || name.startsWith(text));
}

function indexOfMarker(bytes: Buffer, from: number): number {
  const a = bytes.indexOf(MARKER, from);
  const b = bytes.indexOf(MARKER_LOWER, from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** A cheap look: an object or array from the first byte to the last (whitespace aside). */
function looksComplete(body: Buffer): boolean {
  let start = 0;
  let end = body.length - 1;
  while (start <= end && isSpace(body[start]!)) start++;
  while (end >= start && isSpace(body[end]!)) end--;
  if (start > end) return false;
  const first = body[start];
  const last = body[end];
  return (first === 0x7b && last === 0x7d) || (first === 0x5b && last === 0x5d);
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function isJson(bytes: Buffer): boolean {
  if (!looksComplete(bytes)) return false;
  try {
    JSON.parse(bytes.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}
