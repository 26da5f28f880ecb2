// The stdio framer in front of the JSON-RPC reader: byte for byte transparent for well-framed input however it is
// cut into chunks, and back in step after broken frames.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ResyncingFramer } from '../../server/src/lsp/stdio-framing';

function frame(body: string, lengthDelta = 0, contentType = false): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  const type = contentType ? 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n' : '';
  return Buffer.concat([Buffer.from(`${type}Content-Length: ${bytes.length + lengthDelta}\r\n\r\n`), bytes]);
}

/** Feeds chunks through a framer; resolves with what came out once it has gone quiet (stall recovery included). */
async function run(chunks: readonly Buffer[], stallMs = 5): Promise<{ out: Buffer; log: string[] }> {
  const log: string[] = [];
  const framer = new ResyncingFramer((m) => log.push(m), stallMs);
  const out: Buffer[] = [];
  framer.on('data', (d: Buffer) => out.push(d));
  for (const c of chunks) await new Promise<void>((resolve, reject) => framer.write(c, (e) => (e ? reject(e) : resolve())));
  // Let a stall timer fire (it is unref'd, so the test keeps it alive).
  await new Promise((r) => setTimeout(r, stallMs * 4));
  return { out: Buffer.concat(out), log };
}

/** Splits bytes at the given cut points. */
function cut(bytes: Buffer, points: number[]): Buffer[] {
  const sorted = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let last = 0;
  for (const p of sorted) {
    chunks.push(bytes.subarray(last, p));
    last = p;
  }
  chunks.push(bytes.subarray(last));
  return chunks.filter((c) => c.length > 0);
}

/** The bodies of the frames in a well-framed stream. */
function bodies(stream: Buffer): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < stream.length) {
    const end = stream.indexOf('\r\n\r\n', at);
    const length = Number(/Content-Length: (\d+)/i.exec(stream.subarray(at, end).toString('ascii'))![1]);
    out.push(stream.subarray(end + 4, end + 4 + length).toString('utf8'));
    at = end + 4 + length;
  }
  return out;
}

const message = fc
  .record({
    id: fc.oneof(fc.integer(), fc.string()),
    method: fc.constantFrom('textDocument/hover', 'textDocument/didChange', '$/cancelRequest', 'initialize'),
    text: fc.string({ unit: 'grapheme', maxLength: 300 }),
    // Bodies that talk about headers must not confuse the framer.
    noise: fc.constantFrom('', 'Content-Length: 12', '\r\n\r\nContent-Length: 3\r\n\r\n{}', '}', '{'),
  })
  .map(({ id, method, text, noise }) => JSON.stringify({ jsonrpc: '2.0', id, method, params: { text: text + noise } }));

describe('ResyncingFramer', () => {
  it('passes well-framed messages through unchanged, however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(message, fc.boolean()), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 40 }), async (messages, points) => {
        const input = Buffer.concat(messages.map(([m, type]) => frame(m, 0, type)));
        const { out, log } = await run(cut(input, points));
        expect(out.equals(input)).toBe(true);
        expect(log).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('passes a 10 MB message through in 64 KB chunks', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { text: 'x'.repeat(10 * 1024 * 1024) } });
    const input = frame(body);
    const chunks: Buffer[] = [];
    for (let i = 0; i < input.length; i += 65536) chunks.push(input.subarray(i, i + 65536));
    const { out } = await run(chunks);
    expect(out.equals(input)).toBe(true);
  });

  it('after any broken frame, every later well-framed message comes through', async () => {
    const broken = fc.oneof(
      fc.constant(Buffer.from('Content-Length: abc\r\n\r\n{"x":1}')),
      fc.constant(Buffer.from('Content-Length: -4\r\n\r\n{}')),
      fc.constant(Buffer.from('no colon here\r\n\r\n')),
      fc.constant(Buffer.from('Content-Type: text/plain\r\n\r\n{"no":"length"}')),
      fc.string({ maxLength: 60 }).filter((s) => !/content-/i.test(s)).map((s) => Buffer.from(s)),
      message.map((m) => frame(m, -Math.min(5, m.length))),
      fc.constant(frame('{"jsonrpc":"2.0","method":')),
    );
    await fc.assert(
      fc.asyncProperty(broken, fc.array(message, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 20 }), async (bad, good, points) => {
        const after = Buffer.concat(good.map((m) => frame(m)));
        const { out } = await run(cut(Buffer.concat([bad, after]), points));
        const delivered = bodies(out);
        // What follows the broken frame is delivered intact, in order (the broken one itself may or may not be).
        expect(delivered.slice(delivered.length - good.length)).toEqual(good);
      }),
      { numRuns: 200 },
    );
  });

  it('delivers a message whose Content-Length is too large: cut at the next header, or once no more bytes come', async () => {
    const a = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'a' });
    const b = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'b' });
    const behind = await run([Buffer.concat([frame(a, 30), frame(b)])]);
    expect(bodies(behind.out)).toEqual([a, b]);
    const alone = await run([frame(a, 500)]);
    expect(bodies(alone.out)).toEqual([a]);
    expect(alone.log.join('\n')).toMatch(/shorter than its Content-Length/);
  });
});
