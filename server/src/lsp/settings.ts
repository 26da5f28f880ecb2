import type { RuleEntry } from '../../../shared/src/index.js';

/** The editor settings under `outreachLint.*`, typed once; the client maps VS Code's values to this shape. */
export interface Settings {
  readonly enable: boolean;
  /** Lint as you type, or only when the file is saved. */
  readonly run: 'onType' | 'onSave';
  /** Rule entries (a severity, or severity and options) that win over `.outreachlintrc.json`, in the editor only. */
  readonly rules: Readonly<Record<string, RuleEntry>>;
}

/** The settings when the client sends none. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({ enable: true, run: 'onType', rules: Object.freeze({}) });

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/** Accepts whatever a client sends (null, partial, wrong types) and returns valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const rules: Record<string, RuleEntry> = {};
  if (typeof r.rules === 'object' && r.rules !== null && !Array.isArray(r.rules)) {
    for (const [id, value] of Object.entries(r.rules)) {
      // Invalid parts inside an object are dropped by the config merge, as for config files.
      if (typeof value === 'string' && SEVERITIES.includes(value)) rules[id] = value as RuleEntry;
      else if (typeof value === 'object' && value !== null && !Array.isArray(value)) rules[id] = value as RuleEntry;
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    rules,
  };
}
