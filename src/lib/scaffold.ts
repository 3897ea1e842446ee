import { slug as slugify } from 'github-slugger';
import { KB_ID_PATTERN, type ArticleType } from '../schemas/article.ts';
import { TROUBLESHOOTING_SECTIONS } from '../schemas/vocabulary.ts';
import type { ContentModel } from './content-model.ts';
import { formatDate } from './labels.ts';
import type { SectionId } from '../schemas/vocabulary.ts';

/** Owners by scenario, so a new article has someone to review it from day one. */
export const DEFAULT_OWNERS: Readonly<Record<SectionId, string>> = {
  'show-streaming': 'live-video-team',
  'one-to-one': 'calling-team',
  'voice-rooms': 'audio-team',
  'going-overseas': 'global-network-team',
  general: 'support-team',
};

/**
 * The next free id: one above the highest id in use, counting articles whose
 * frontmatter is currently invalid too, so two writers never get the same number
 * from a half-edited tree.
 */
export function nextFreeId(model: ContentModel): string {
  let highest = 1000;
  for (const source of model.articles) {
    const id = source.data?.id ?? (source.yaml?.data as { id?: unknown } | undefined)?.id;
    const match = typeof id === 'string' ? KB_ID_PATTERN.exec(id) : null;
    if (match?.[1]) highest = Math.max(highest, Number(match[1]));
  }
  return `KB-${highest + 1}`;
}

/** "Echo when a co-host joins the stream" → `echo-when-a-co-host-joins` (six words at most). */
export function slugFromTitle(title: string): string {
  return slugify(title).replace(/-{2,}/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 6).join('-');
}

export interface ScaffoldInput {
  id: string;
  section: SectionId;
  type: ArticleType;
  title: string;
  summary: string;
  owner: string;
  today: Date;
  draft: boolean;
}

const TROUBLESHOOTING_HINTS: Readonly<Record<string, string>> = {
  symptom: '{/* What the user sees or hears, in their words; quote the ticket or the error message. */}',
  causes: '{/* The likely causes, most common first. */}',
  confirm:
    '{/* How to tell which cause it is: the metric, getStats field or log line, and the value that gives it away. */}',
  fix: '{/* The fix for each cause, with real API names and code where it helps. */}',
  verify: '{/* How to check the fix worked: which metric returns to which range. */}',
};

const BODIES: Readonly<Record<ArticleType, string>> = {
  troubleshooting: TROUBLESHOOTING_SECTIONS.map(
    (section) => `## ${section.title} {#${section.anchor}}\n\n${TROUBLESHOOTING_HINTS[section.anchor]}\n`,
  ).join('\n'),
  faq: `{/* Every ## heading is a question readers ask, ending with "?"; answer it in the paragraphs below it. */}

## Which question do readers ask first?

{/* Answer in two to five sentences. Link details with /kb/<number>/ short links. */}

## Which question do they ask next?

{/* Add as many questions as the topic needs; six to ten is typical. */}
`,
  guide: `{/* One or two sentences: what the reader achieves and when they need this guide. */}

## Before you start

{/* Versions, permissions and accounts the steps need. Delete this section if there are none. */}

## Steps

<Steps>

1. {/* One action per step, with the exact API, setting or command. */}
2. {/* Use <PlatformTabs> when the step differs by platform. */}

</Steps>

## Verify it works

{/* What the reader checks to know it worked: a metric and its threshold, a log line, a visible result. */}
`,
  reference: `{/* What this reference covers, in one sentence. */}

## Overview

{/* Tables suit reference pages. Name getStats fields, units and thresholds exactly. */}

| Term | Meaning | Where to read it |
| --- | --- | --- |
`,
};

/** A new article that passes `npm run check`, with sections that match its type. */
export function scaffoldArticle(input: ScaffoldInput): string {
  const date = formatDate(input.today);
  const frontmatter = [
    '---',
    `id: ${input.id}`,
    `title: ${JSON.stringify(input.title)}`,
    `summary: ${JSON.stringify(input.summary)}`,
    `type: ${input.type}`,
    'platforms: [android, ios, web]',
    'sdk: "*"',
    `tags: [${slugFromTitle(input.title).split('-')[0] || input.type}]`,
    'keywords: []',
    'errorCodes: []',
    `updated: ${date}`,
    `reviewed: ${date}`,
    `owner: ${input.owner}`,
    'related: []',
    `draft: ${input.draft}`,
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${BODIES[input.type]}`;
}
