/**
 * Turning a user's search text into a safe Lucene query for the `enterprise_search` full-text
 * index. Pure. The text is always passed to Cypher as a parameter; this makes sure Lucene's own
 * syntax in it is taken literally.
 */

/** Lucene's query-syntax characters: + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / (& and | escaped one by one). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** Lucene's operator words (only upper case is an operator; the analyzer lower-cases anyway). */
const LUCENE_OPERATORS = /\b(AND|OR|NOT)\b/g;
/** A word worth searching has a letter or a digit (Han characters are letters). */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** Escapes Lucene syntax so that the text is read literally. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`).replace(LUCENE_OPERATORS, (word) => word.toLowerCase());
}

/** A search word as the search statement takes it: the text, its lower case (for the synonym lookup) and its quoted, escaped phrase. */
export interface SearchWord {
  text: string;
  key: string;
  phrase: string;
}

/** The words of a (normalised) search text: split on whitespace, words without a letter or digit dropped. */
export function searchWords(text: string): SearchWord[] {
  return text
    .split(/\s+/u)
    .filter((word) => SEARCHABLE.test(word))
    .map((word) => ({ text: word, key: word.toLowerCase(), phrase: `"${escapeLucene(word)}"` }));
}

/**
 * The words written together, as a quoted phrase, when there are several: forgiving spacing, so
 * "钢 球" (typed with a space) also finds 钢球. Null for one word or none.
 */
export function joinedPhrase(words: readonly SearchWord[]): string | null {
  return words.length > 1 ? `"${escapeLucene(words.map((w) => w.text).join(''))}"` : null;
}

/**
 * The Lucene query for a search text: every whitespace-separated word must match, each as a
 * phrase (the cjk analyzer splits Han text into overlapping bigrams, so a phrase finds a Chinese
 * fragment wherever it occurs). Words without a letter or digit are dropped; null when none is left.
 */
export function luceneQuery(text: string): string | null {
  const words = text.split(/\s+/u).filter((word) => SEARCHABLE.test(word));
  if (words.length === 0) return null;
  return words.map((word) => `"${escapeLucene(word)}"`).join(' AND ');
}
