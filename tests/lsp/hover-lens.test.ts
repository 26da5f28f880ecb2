// Hover on a diagnostic explains its rule; the score lens sits on the message's first line, and its
// line's hover lists every signal with its evidence.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CodeLensRequest, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TestClient, fileUri } from './client';

const MUTUAL = readFileSync(path.join(__dirname, 'fixtures/mutual-unnamed.outreach.md'), 'utf8');
const uri = fileUri('/nowhere/dana.outreach.md');
const firstMessageLine = MUTUAL.split('\n').indexOf('Hi {{firstName}},');

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

async function hover(line: number, character: number): Promise<string | undefined> {
  const result = await client!.request((c) => c.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }));
  return result ? (result.contents as MarkupContent).value : undefined;
}

describe('hover and code lens', () => {
  it('hover on a diagnostic explains the rule and links its documentation', async () => {
    ({ client } = await TestClient.start({ pull: true }));
    await client.open(uri, MUTUAL);
    const d = (await client.pull(uri)).find((x) => x.code === 'mention-mutual')!;
    const text = await hover(d.range.start.line, d.range.start.character + 2);
    expect(text).toContain('**mention-mutual** (warning)');
    // The editor shows the diagnostic's message; the hover explains the rule instead of repeating it.
    expect(text).not.toContain(d.message);
    expect(text).toContain('Provide a reference: name the mutual connection');
    expect(text).toContain('Point 4 of the source');
    expect(text).toContain('(https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/mention-mutual.md)');
    // Off any diagnostic and off the first line: nothing.
    expect(await hover(1, 0)).toBeUndefined();
  });

  it('puts one score lens on the first line of the message', async () => {
    ({ client } = await TestClient.start({ pull: false }));
    await client.open(uri, MUTUAL);
    const lenses = await client.request((c) => c.sendRequest(CodeLensRequest.type, { textDocument: { uri } }));
    expect(lenses).toHaveLength(1);
    expect(lenses![0]!.range.start.line).toBe(firstMessageLine);
    const title = lenses![0]!.command!.title;
    expect(title).toMatch(/^Outreach [0-5]\/5(: missing [a-z]+(, [a-z]+)*)?( · .+ motives?)?$/);
    // Sam is never named, so the reference point is missing.
    expect(title).toContain('reference');
  });

  it('hover on the first line lists the five points and the two motives, with evidence for what was found', async () => {
    ({ client } = await TestClient.start({ pull: false }));
    const named = MUTUAL.replace('I read your post', 'Sam Ortiz, my former teammate at Initech, suggested I write to you. I read your post');
    await client.open(uri, named);
    const text = (await hover(firstMessageLine, 0))!;
    expect(text).toMatch(/^\*\*Outreach [0-5]\/5/);
    for (const label of ['reason', 'personal', 'value', 'reference', 'introduction', 'collector', 'leech']) expect(text).toContain(`**${label}**`);
    const lens = (await client.request((c) => c.sendRequest(CodeLensRequest.type, { textDocument: { uri } })))![0]!.command!.title;
    expect(text).toContain(lens);
    // Every found point quotes its evidence from the message.
    for (const line of text.split('\n').filter((l) => l.startsWith('- ✓'))) expect(line).toMatch(/: ".+" \(.+\)/);
  });
});
