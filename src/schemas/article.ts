import { z } from 'astro/zod';
import semver from 'semver';
import { sourceSchema } from './sources.ts';
import { slugSchema } from './vocabulary.ts';

export const ARTICLE_TYPES = ['guide', 'faq', 'troubleshooting', 'reference'] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

export const PLATFORMS = [
  'android',
  'ios',
  'web',
  'windows',
  'macos',
  'linux',
  'flutter',
  'react-native',
  'unity',
  'electron',
  'server',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const KB_ID_PATTERN = /^KB-(\d{4,6})$/;

export const kbIdSchema = z.string().regex(KB_ID_PATTERN, 'must look like KB-1042: "KB-" followed by 4 to 6 digits');

/**
 * A calendar date written YYYY-MM-DD. The check's YAML parser keeps it as text, so an
 * impossible date (2026-02-30) is refused here instead of rolling over to 2 March;
 * Astro's parser hands over a Date, which the check has already vetted.
 */
export const dateSchema = z
  .union(
    [
      z.date(),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
        .refine((text) => new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
          message: 'is not a real calendar date',
        }),
    ],
    { error: 'must be a date written as YYYY-MM-DD' },
  )
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

/** One line of text: a title or summary lands in tabs, previews, llms.txt and Markdown headings. */
const oneLine = /^[^\r\n\u2028\u2029]*$/;

/**
 * An old path of the site: `/segment/segment/`, letters, digits and `._~-` only. Hosts read
 * `*`, `:name`, spaces and `#` in `_redirects` as syntax, and `..` or `//` would leave the site.
 */
export const sitePathSchema = z
  .string()
  .max(200)
  .regex(
    /^\/(?:(?!\.{1,2}\/)[A-Za-z0-9._~-]+\/)+$/,
    'must be a plain site path: one leading "/", segments of letters, digits, "-", "_", "." and "~", ending in "/" (no "//", "*", ":name", spaces, "#", "?" or "..")',
  );

/**
 * Frontmatter of every article under `content/guides/<scenario>/`.
 * The scenario is the folder; it is not repeated here.
 * `npm run reference` turns these descriptions into CONTRIBUTING.md's frontmatter reference.
 */
export const articleSchema = z.strictObject({
  id: kbIdSchema.describe(
    'Stable, unique id such as `KB-1042`. The number is the short link (`/kb/1042/`); never reuse or change it.',
  ),
  title: z
    .string()
    .min(8, 'must be at least 8 characters: say what the reader gets')
    .max(90, 'must be at most 90 characters so it fits search results and tabs')
    .regex(oneLine, 'must be one line')
    .describe('Page title. Say the problem or the task in the reader’s words.'),
  summary: z
    .string()
    .min(40, 'must be at least 40 characters: one or two full sentences')
    .max(260, 'must be at most 260 characters: one or two sentences')
    .regex(oneLine, 'must be one line')
    .describe('One or two sentences shown in search results and link previews.'),
  type: z
    .enum(ARTICLE_TYPES)
    .describe('`guide` (a task), `faq` (questions and answers), `troubleshooting` (symptom to fix) or `reference`.'),
  platforms: z
    .array(z.enum(PLATFORMS))
    .min(1, 'must list at least one platform')
    .describe('Platforms the article applies to; drives the platform filter and pages.'),
  sdk: z
    .string()
    .refine((range) => semver.validRange(range) !== null, {
      message: 'must be a semver range such as "*", ">=4.0.0" or ">=4.2 <6"',
    })
    .describe('SDK versions the article applies to, as a semver range. `*` means every version.'),
  tags: z
    .array(slugSchema())
    .min(1, 'must have at least one tag')
    .max(8, 'must have at most 8 tags')
    .describe('Topic tags, lowercase-hyphenated. Each tag gets a listing page.'),
  keywords: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Extra search terms readers type, including Chinese ones (卡顿, 回声) so Chinese queries find English articles.',
    ),
  errorCodes: z
    .array(z.string().min(2))
    .default([])
    .describe('Exact error names or codes this article explains; a search for one puts this article first.'),
  updated: dateSchema.describe('Date of the last meaningful change (YYYY-MM-DD).'),
  reviewed: dateSchema.describe(
    'Date a subject-matter expert last checked the article is still right (YYYY-MM-DD). Old dates are reported as stale.',
  ),
  owner: z
    .string()
    .min(1)
    .max(60)
    .regex(oneLine, 'must be one line')
    .default('docs-team')
    .describe('Who keeps the article correct; listed in the stale-content report.'),
  related: z
    .array(kbIdSchema)
    .default([])
    .describe('Ids of related articles, most useful first. Aim for at least two.'),
  draft: z.boolean().default(false).describe('Drafts are left out of the published site and the search index.'),
  sources: z
    .array(sourceSchema)
    .default([])
    .describe(
      'Primary references the article’s claims rest on (specs, MDN, platform docs, library source, laws), shown as "Sources" at the end. Required on troubleshooting and reference articles and wherever the article states a number. Vendor sites are not sources.',
    ),
  redirectFrom: z
    .array(sitePathSchema)
    .default([])
    .describe('Old paths of this article (after a rename or a move) that must keep working.'),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
