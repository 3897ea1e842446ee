import { z } from 'astro/zod';
import { kbIdSchema } from './article.ts';

/**
 * Translations live in `content/zh/`, at the same relative path as their English source.
 * They carry text only: structure (ids, links, options' targets, platforms, sources)
 * comes from the English file, so a translation can never disagree with it.
 */

/** Which English revision a translation was made from: the Git blob id of the source file. */
export const stampSchema = z
  .strictObject({
    source: z
      .string()
      .regex(/^[0-9a-f]{12,40}$/, 'must be the Git blob id `npm run translate` wrote (12 to 40 hex digits)')
      .describe('Git blob id of the English file this was translated from; `npm run translate` sets it.'),
  })
  .describe('Set by `npm run translate`; never edit by hand.');

const line = (min: number, max: number, what: string) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[^\r\n]*$/, 'must be one line')
    .describe(what);

/** Frontmatter of `content/zh/guides/<section>/<slug>.mdx`. */
export const articleTranslationSchema = z.strictObject({
  id: kbIdSchema.describe('The English article’s id: the translation is found by it.'),
  title: line(4, 60, 'The title as a Chinese developer would search for the problem.'),
  summary: line(15, 200, 'One or two sentences: the answer in short.'),
  keywords: z
    .array(z.string().min(1))
    .default([])
    .describe('Other ways Chinese developers say it, beyond the glossary (which every page gets).'),
  translation: stampSchema,
});

/** Text of one troubleshooter node: the fields its type has in English. */
const treeNodeTextSchema = z.strictObject({
  question: z.string().min(2).optional(),
  help: z.string().min(2).optional(),
  title: z.string().min(2).optional(),
  body: z.string().min(2).optional(),
  options: z.array(z.string().min(1)).optional().describe('Answer labels, in the English order.'),
});

/** `content/zh/troubleshooting/<tree>.yaml`. */
export const treeTranslationSchema = z.strictObject({
  translation: stampSchema,
  title: z.string().min(2),
  symptom: z.string().min(2),
  keywords: z.array(z.string().min(1)).default([]),
  nodes: z.record(z.string(), treeNodeTextSchema),
});

const sentences = z
  .array(
    z
      .string()
      .min(2)
      .regex(/^[^\r\n]*$/, 'must be one line'),
  )
  .min(1);

/** `content/zh/errors/<api>.yaml`: the text of each code, matched to English by `code`. */
export const errorApiTranslationSchema = z.strictObject({
  translation: stampSchema,
  summary: z.string().min(4),
  where: z.string().min(4),
  codes: z.array(
    z.strictObject({
      code: z.string().min(1).describe('The code exactly as in the English file.'),
      title: z.string().min(2),
      meaning: z.string().min(4),
      causes: sentences,
      confirm: sentences,
      fix: sentences,
    }),
  ),
});

export type ArticleTranslation = z.infer<typeof articleTranslationSchema>;
export type TreeTranslation = z.infer<typeof treeTranslationSchema>;
export type ErrorApiTranslation = z.infer<typeof errorApiTranslationSchema>;
