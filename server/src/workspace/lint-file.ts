import path from 'node:path';
import { lint, type LintResult } from '../../../shared/src/index.js';
import type { ConfigResolver, LoadedConfig } from './config.js';
import type { RecipientsLoader } from './recipients.js';

/** The host services a lint needs: config discovery and recipients loading, both cached. */
export interface LintHost {
  readonly configs: ConfigResolver;
  readonly recipients: RecipientsLoader;
}

/**
 * Lints one template's text as it stands at `filePath`, with its discovered config and recipients.
 * `recipients` are the recipients files it read (absolute paths): the result depends on them too.
 */
export function lintFile(filePath: string, text: string, host: LintHost): { result: LintResult; loaded: LoadedConfig; recipients: string[] } {
  const loaded = host.configs.forFile(filePath);
  const recipients: string[] = [];
  const result = lint(text, {
    config: loaded.config,
    loadRecipients: (relative) => {
      recipients.push(path.resolve(path.dirname(filePath), relative));
      return host.recipients.load(filePath, relative);
    },
  });
  return { result, loaded, recipients };
}

// One decoder for every file: a decode without `stream` starts afresh, and creating one costs more than decoding 2 KB.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes file bytes as UTF-8; explains binary or invalid files instead of linting garbage. */
export function decodeTemplate(bytes: Uint8Array): { text: string } | { problem: string } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { problem: 'Not linted: this is a binary file (it contains NUL bytes), not a text template' };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { problem: 'Not linted: the file is not valid UTF-8; save it as UTF-8' };
  }
}
