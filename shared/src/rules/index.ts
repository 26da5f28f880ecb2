import type { Rule } from '../engine/rule.js';

/** Every rule, in the order findings are reported; the only registry. */
export const rules: readonly Rule[] = [];
