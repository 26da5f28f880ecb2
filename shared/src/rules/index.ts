import type { Rule } from '../engine/rule.js';
import askForIntroduction from './ask-for-introduction.js';
import collectorMotive from './collector-motive.js';
import courteousNote from './courteous-note.js';
import explainWhy from './explain-why.js';
import frontMatter from './front-matter.js';
import giveValue from './give-value.js';
import leechMotive from './leech-motive.js';
import lengthLimit from './length-limit.js';
import makeItPersonal from './make-it-personal.js';
import mentionMutual from './mention-mutual.js';
import unfilledPlaceholder from './unfilled-placeholder.js';

/** Every rule, in the order of SPEC §3 (the source's points, the two motives, then format rules); the only registry. */
export const rules: readonly Rule[] = [
  courteousNote,
  explainWhy,
  makeItPersonal,
  giveValue,
  mentionMutual,
  askForIntroduction,
  collectorMotive,
  leechMotive,
  unfilledPlaceholder,
  lengthLimit,
  frontMatter,
];
