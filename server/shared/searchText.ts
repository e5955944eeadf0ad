/**
 * Search text rules shared by the server and the web app (pure): how a user's search text is
 * normalised before it is searched, and what a synonym (同义词) may look like.
 */
import { SYNONYM_TERM_MAX_LENGTH } from './limits.js';
import type { RuleResult } from './valueRules.js';

/**
 * Forgiving spacing: full-width letters, digits and spaces to ASCII (NFKC, as Chinese input
 * methods type them), any run of whitespace (also the ideographic space) to one space, trimmed.
 */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** A synonym or canonical word: a letter or digit first, then letters, digits, spaces, · - . / ( ). */
const TERM = /^[\p{L}\p{N}][\p{L}\p{N} ·\-./()]*$/u;

/** Validates (and normalises) a synonym or canonical word; never contains Lucene's quote or backslash. */
export function checkSynonymTerm(raw: string): RuleResult<string> {
  const text = normaliseSearchText(raw);
  if (text.length === 0) return { ok: false, problem: 'REQUIRED', message: { zh: '同义词不能为空', en: 'a synonym must not be empty' } };
  if ([...text].length > SYNONYM_TERM_MAX_LENGTH) {
    return {
      ok: false,
      problem: 'TOO_LONG',
      message: {
        zh: `同义词不能超过${SYNONYM_TERM_MAX_LENGTH}个字符`,
        en: `a synonym must not be longer than ${SYNONYM_TERM_MAX_LENGTH} characters`,
      },
    };
  }
  // a dictionary key: the same character rules as ids, and nothing Lucene would read as syntax inside a phrase
  if (!TERM.test(text)) {
    return {
      ok: false,
      problem: 'BAD_ID',
      message: {
        zh: `“${text}”不是有效的同义词：只能包含文字、数字、空格和 · - . / ( )`,
        en: `"${text}" is not a valid synonym: letters, digits, spaces and · - . / ( ) only`,
      },
    };
  }
  return { ok: true, value: text };
}

/** A product list text (Enterprise.products) split into its products. */
export function splitProducts(products: string | null | undefined): string[] {
  return (products ?? '')
    .split(/[;；,，、]/u)
    .map((p) => p.trim())
    .filter(Boolean);
}
