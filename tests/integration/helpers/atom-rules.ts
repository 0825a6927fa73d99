/**
 * RFC 4287's rules for an Atom feed document, checked structurally: what a feed validator checks
 * that a lenient parser (which feed readers use) lets through. Returns the broken rules, none for
 * a valid feed. Well-formedness: fast-xml-parser's validator (the parser @rowanmanning/feed-parser
 * runs on) for tags and attributes, plus what it does not check — characters XML cannot carry,
 * entities XML does not define, "<" in attribute values, one root element.
 */
import { XMLValidator } from 'fast-xml-parser';
import { DOMParser } from 'linkedom';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
// XML 1.0's Char production, as what falls outside it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

type El = {
  tagName: string;
  children: Iterable<El>;
  textContent: string | null;
  getAttribute(n: string): string | null;
};

const kids = (el: El, name: string) => [...el.children].filter((c) => c.tagName === name);

function isAbsoluteIri(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function wellFormed(xml: string): string[] {
  const problems: string[] = [];
  const validated = XMLValidator.validate(xml);
  if (validated !== true) problems.push(`not well-formed: ${validated.err.msg} (line ${validated.err.line})`);
  if (NOT_XML_CHAR.test(xml)) problems.push('holds a character XML 1.0 cannot carry');
  for (const m of xml.matchAll(/&([^;\s]*);?/g)) {
    if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+)$/i.test(m[1] ?? '') || !m[0].endsWith(';'))
      problems.push(`an entity XML does not define: ${m[0]}`);
  }
  for (const m of xml.matchAll(/=\s*"([^"]*)"/g))
    if (m[1]?.includes('<')) problems.push('"<" in an attribute');
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '').trim();
  if (!body.startsWith('<feed') || !body.endsWith('</feed>')) problems.push('not one <feed> root element');
  return problems;
}

function exactlyOne(el: El, names: string[], where: string, problems: string[]) {
  for (const name of names) {
    const n = kids(el, name).length;
    if (n !== 1) problems.push(`${where} has ${n} <${name}>, must have exactly one`);
  }
}

function checkCommon(el: El, where: string, problems: string[]) {
  for (const updated of [...kids(el, 'updated'), ...kids(el, 'published')]) {
    const text = updated.textContent ?? '';
    if (!RFC3339.test(text) || Number.isNaN(Date.parse(text)))
      problems.push(`${where}: "${text}" is not RFC 3339`);
  }
  for (const id of kids(el, 'id')) {
    if (!isAbsoluteIri(id.textContent ?? ''))
      problems.push(`${where}: id "${id.textContent}" is not an absolute IRI`);
  }
  const alternates = new Map<string, number>();
  for (const link of kids(el, 'link')) {
    const href = link.getAttribute('href');
    if (!href) problems.push(`${where}: a link without href`);
    const rel = link.getAttribute('rel') ?? 'alternate';
    if (rel === 'alternate') {
      const key = `${link.getAttribute('type')}|${link.getAttribute('hreflang')}`;
      alternates.set(key, (alternates.get(key) ?? 0) + 1);
    }
  }
  if ([...alternates.values()].some((n) => n > 1)) problems.push(`${where}: two alternate links of one type`);
  for (const text of ['title', 'subtitle', 'summary', 'content', 'rights']) {
    for (const t of kids(el, text)) {
      const type = t.getAttribute('type');
      if (type && !['text', 'html', 'xhtml'].includes(type))
        problems.push(`${where}: <${text}> of type ${type}`);
    }
  }
  for (const name of ['subtitle', 'summary', 'content', 'published', 'rights', 'generator', 'icon', 'logo']) {
    if (kids(el, name).length > 1) problems.push(`${where} has more than one <${name}>`);
  }
  for (const author of kids(el, 'author')) {
    if (kids(author, 'name').length !== 1) problems.push(`${where}: an author without exactly one <name>`);
  }
  for (const category of kids(el, 'category')) {
    if (!category.getAttribute('term')) problems.push(`${where}: a category without term`);
  }
}

export function atomProblems(xml: string): string[] {
  const problems = wellFormed(xml);
  const feed = new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as El;
  if (feed.tagName !== 'feed') return [...problems, `the root is <${feed.tagName}>, not <feed>`];
  if (feed.getAttribute('xmlns') !== ATOM_NS) problems.push(`<feed> is not in the Atom namespace`);
  exactlyOne(feed, ['id', 'title', 'updated'], 'the feed', problems);
  checkCommon(feed, 'the feed', problems);
  if (!kids(feed, 'link').some((l) => l.getAttribute('rel') === 'self'))
    problems.push('the feed has no rel="self" link');
  const feedHasAuthor = kids(feed, 'author').length > 0;
  kids(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    exactlyOne(entry, ['id', 'title', 'updated'], where, problems);
    checkCommon(entry, where, problems);
    if (!feedHasAuthor && kids(entry, 'author').length === 0)
      problems.push(`${where} has no author, nor has the feed`);
    const alternate = kids(entry, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    if (kids(entry, 'content').length === 0 && !alternate)
      problems.push(`${where}: no content and no alternate link`);
  });
  return problems;
}
