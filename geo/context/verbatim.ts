/**
 * Guards against copying: a text we publish must not share a run of `minWords` consecutive words
 * with any article, after both are normalised the same way.
 */

/** Lowercase words with punctuation removed; apostrophes vanish so "Pakistan’s" matches "Pakistans". */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘ʼ`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
}

export interface ArticleText {
  sourceId: string;
  file: string;
  text: string;
}

export interface CheckedText {
  /** id of the claim (or other record) the text belongs to */
  id: string;
  field: string;
  text: string;
}

export interface VerbatimRun {
  id: string;
  field: string;
  file: string;
  /** the longest shared run, normalised */
  run: string;
}

/** An index of every `minWords`-word window of the articles, for repeated lookups. */
export function indexArticles(articles: readonly ArticleText[], minWords: number): Map<string, string> {
  const windows = new Map<string, string>();
  for (const article of articles) {
    const words = normaliseWords(article.text);
    for (let start = 0; start + minWords <= words.length; start++) {
      const window = words.slice(start, start + minWords).join(' ');
      if (!windows.has(window)) windows.set(window, article.file);
    }
  }
  return windows;
}

/** Every text that shares a run of at least `minWords` words with an article, with the longest such run. */
export function findVerbatimRuns(
  texts: readonly CheckedText[],
  articles: readonly ArticleText[],
  minWords = 8,
): VerbatimRun[] {
  const windows = indexArticles(articles, minWords);
  const runs: VerbatimRun[] = [];
  for (const item of texts) {
    const words = normaliseWords(item.text);
    let best: { start: number; end: number; file: string } | undefined;
    let start = 0;
    while (start + minWords <= words.length) {
      const file = windows.get(words.slice(start, start + minWords).join(' '));
      if (file === undefined) {
        start++;
        continue;
      }
      // extend while each following window is also in the articles, to report the whole run
      let end = start + minWords;
      while (end < words.length && windows.has(words.slice(end - minWords + 1, end + 1).join(' '))) end++;
      if (!best || end - start > best.end - best.start) best = { start, end, file };
      start = end;
    }
    if (best)
      runs.push({
        id: item.id,
        field: item.field,
        file: best.file,
        run: words.slice(best.start, best.end).join(' '),
      });
  }
  return runs;
}
