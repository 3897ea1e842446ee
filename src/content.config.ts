import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { treeSchema } from './schemas/tree.ts';
import { articleTranslationSchema } from './schemas/translation.ts';
import { contentRoot } from './lib/content-root.ts';

const root = contentRoot();

/**
 * Every collection and its schema. The schemas live in `src/schemas/` so the
 * content check and the scaffolder use the very same definitions.
 */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${root}/guides` }),
    schema: articleSchema,
  }),
  /** Chinese articles: `content/zh/guides/`, the same paths as English (see schemas/translation.ts). */
  articlesZh: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${root}/zh/guides` }),
    schema: articleTranslationSchema,
  }),
  trees: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/troubleshooting` }),
    schema: treeSchema,
  }),
};
