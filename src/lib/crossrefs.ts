// Cross-references inside our summaries ("article 431-8", "art. 87 bis 4") become links to that provision.

/** A piece of text, or a reference to an article that can be linked. */
export type Segment = { text: string; href?: string };

const REF = /\b(art(?:icles?|\.)?\s+)(\d+(?:[-.]\d+)*(?:\s+(?:bis|ter|quater|quinquies))?(?:\s+\d+)?)/gi;

/**
 * Splits `text` so that each article reference whose number is in `targets` (article → href) becomes a link.
 * The longest known number wins ("87 bis 4" before "87 bis"); unknown articles stay plain text.
 */
export function linkArticleRefs(text: string, targets: ReadonlyMap<string, string>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    const words = m[2]!;
    // Try the full match, then shorter forms ("87 bis 4" → "87 bis" → "87").
    const candidates = [words, words.replace(/\s+\d+$/, ''), words.replace(/\s+(bis|ter|quater|quinquies)(\s+\d+)?$/i, '')];
    const hit = candidates.find((c) => targets.has(c));
    if (!hit) continue;
    const start = m.index + m[1]!.length;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: hit, href: targets.get(hit)! });
    last = start + hit.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
