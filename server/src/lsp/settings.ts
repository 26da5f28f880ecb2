import type { ResolvedConfig, SeverityOrOff } from '../../../shared/src/index.js';

/** The editor settings under `outreachLint.*`, typed once; the client maps VS Code's values to this shape. */
export interface Settings {
  readonly enable: boolean;
  /** Lint as you type, or only when the file is saved. */
  readonly run: 'onType' | 'onSave';
  /** Severity overrides per rule id; they win over `.outreachlintrc.json` in the editor only. */
  readonly rules: Readonly<Record<string, SeverityOrOff>>;
}

/** The settings when the client sends none. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({ enable: true, run: 'onType', rules: Object.freeze({}) });

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/** Accepts whatever a client sends (null, partial, wrong types) and returns valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const rules: Record<string, SeverityOrOff> = {};
  if (typeof r.rules === 'object' && r.rules !== null) {
    for (const [id, value] of Object.entries(r.rules)) {
      const severity = typeof value === 'object' && value !== null ? (value as { severity?: unknown }).severity : value;
      if (typeof severity === 'string' && SEVERITIES.includes(severity)) rules[id] = severity as SeverityOrOff;
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    rules,
  };
}

const applied = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig>>();

/** The config with the settings' severity overrides laid over it (memoised: a keystroke builds nothing). */
export function applySettings(config: ResolvedConfig, settings: Settings): ResolvedConfig {
  const overrides = Object.entries(settings.rules).filter(([id]) => id in config.rules);
  if (overrides.length === 0) return config;
  const key = JSON.stringify(overrides);
  let perConfig = applied.get(config);
  if (!perConfig) applied.set(config, (perConfig = new Map()));
  const cached = perConfig.get(key);
  if (cached) return cached;
  const rules = { ...config.rules };
  for (const [id, severity] of overrides) rules[id] = { ...rules[id]!, severity };
  const result: ResolvedConfig = { ...config, rules };
  perConfig.set(key, result);
  return result;
}
