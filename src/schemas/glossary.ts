import { z } from 'astro/zod';
import { slugSchema } from './vocabulary.ts';

/**
 * `content/glossary.yaml`: the vocabulary of this field, each concept with the words
 * developers use for it in English and in Chinese. Search expands queries with it
 * (iPhone → iOS, 回音 → echo, 外放 → speaker), pages carry the synonyms of the concepts
 * they cover in their index text, and writers read it as the glossary page.
 */
export const conceptSchema = z.strictObject({
  id: slugSchema('packet-loss').describe('Stable id of the concept.'),
  en: z
    .array(z.string().min(2).max(60))
    .min(1)
    .describe(
      'English terms, the preferred one first: words, abbreviations, spellings, common phrasings (lowercase unless an acronym).',
    ),
  zh: z
    .array(z.string().min(1).max(30))
    .default([])
    .describe('Chinese terms as Chinese developers write them, the preferred one first.'),
  kind: z
    .enum(['symptom', 'context', 'topic'])
    .default('topic')
    .describe(
      'What the concept is in a question: a `symptom` (echo, 卡顿) weighs more in ranking, a `context` (a role, scenario or platform: audience, 连麦, iOS) less when the query also names a symptom.',
    ),
  definition: z.string().min(10).max(300).describe('One sentence: what it is, for the glossary page.'),
  definitionZh: z
    .string()
    .min(6)
    .max(200)
    .optional()
    .describe(
      'The definition in Chinese, written as Chinese developers would say it, for the Chinese glossary page; without it that page shows the English one.',
    ),
  codes: z
    .array(z.string().min(1))
    .default([])
    .describe('Error codes this concept is about, as written in content/errors (e.g. `NotReadableError`).'),
  related: z.array(z.string()).default([]).describe('Ids of neighbouring concepts.'),
});

export const glossarySchema = z.strictObject({
  concepts: z.array(conceptSchema).min(1),
});

export type Concept = z.infer<typeof conceptSchema>;
export type Glossary = z.infer<typeof glossarySchema>;
