import type { Locale } from '../i18n/locales.ts';
import type { Concept } from '../schemas/glossary.ts';
import { PLATFORMS, type Platform } from '../schemas/article.ts';
import { platformLabel } from './labels.ts';

/** Tags are slugs (`packet-loss`), glossary terms are words (`packet loss`): compare them alike. */
const normalize = (term: string): string => term.toLowerCase().replaceAll('-', ' ');

const isPlatform = (tag: string): tag is Platform => (PLATFORMS as readonly string[]).includes(tag);

/**
 * The tag as Chinese developers spell it inside one of the concept's Chinese terms
 * (`HLS切片` → HLS, `token过期` → token): they write these names in Latin letters,
 * so the Chinese description first in the list (切片) would read oddly as the name.
 */
function latinSpelling(tag: string, chinese: readonly string[]): string | undefined {
  const letters = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('-', '[- ]');
  const word = new RegExp(`(?<![a-z0-9])${letters}(?![a-z0-9])`, 'i');
  for (const term of chinese) {
    const found = word.exec(term);
    if (found) return found[0];
  }
  return undefined;
}

/**
 * A tag as a reader of `locale` names it; the URL keeps the slug either way. Tags are
 * English words. On Chinese pages a platform tag shows as the platform pages name it
 * (iOS), and a tag that is the preferred English term of a glossary concept shows as
 * that concept's Chinese name (`echo` → 回声, `co-hosting` → 连麦), so readers see
 * the words they search with. Other tags show as written.
 */
export function tagLabel(tag: string, locale: Locale, concepts: readonly Concept[]): string {
  if (locale === 'en') return tag;
  if (isPlatform(tag)) return platformLabel(tag, locale);
  // The preferred term only: a synonym (`chrome` of the web concept) would rename a tag into something else.
  const concept = concepts.find((candidate) => normalize(candidate.en[0]!) === normalize(tag));
  if (!concept) return tag;
  return latinSpelling(tag, concept.zh) ?? concept.zh[0] ?? tag;
}
