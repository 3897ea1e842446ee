// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { loadSiteConfig } from './src/lib/site-config.ts';
import { MARKDOWN_FEATURES } from './src/lib/mdx-facts.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';
import { baseLinks } from './src/lib/markdown/base-links.ts';
import { tableScroll } from './src/lib/markdown/table-scroll.ts';
import { sectionConcepts } from './src/lib/markdown/section-concepts.ts';
import { readGlossary } from './src/lib/glossary-file.ts';
import { indexGlossary } from './src/lib/search/query.ts';
import { codeBlocks } from './src/lib/markdown/code-blocks.ts';
import { perFileLanguage } from './src/lib/markdown/file-locale.ts';
import { contentGuard } from './src/lib/markdown/content-guard.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { schemaVersion } from './src/lib/schema-version.ts';
import { knowledgeBase } from './src/integrations/knowledge-base.ts';

const site = loadSiteConfig();
const glossary = indexGlossary(readGlossary(contentRoot()).data?.concepts ?? []);
// Folders whose `zh/` holds Chinese Markdown: translations, and the examples of the Chinese writers' page.
const languageRoots = [contentRoot(), fileURLToPath(new URL('./src/components/mdx/examples/', import.meta.url))];

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir:
    process.env.KB_CACHE_DIR ?? `./node_modules/.astro/${schemaVersion(fileURLToPath(new URL('.', import.meta.url)))}`,
  markdown: {
    // Sätteri (the default engine) with heading attributes for pinned anchors: `## Fix {#fix}`.
    processor: satteri({
      features: MARKDOWN_FEATURES,
      mdastPlugins: [
        contentGuard({ contentRoot: contentRoot(), publicDir: fileURLToPath(new URL('./public/', import.meta.url)) }),
      ],
      // Astro's heading-id plugin first: the one owner of heading ids, which the check predicts.
      // Shiki has already highlighted code when these run, so `codeBlocks` sees `pre.astro-code`.
      hastPlugins: [
        satteriHeadingIdsPlugin(),
        sectionConcepts(glossary),
        // Control labels these write are in each file's language: Chinese under a language root's zh/.
        perFileLanguage(languageRoots, headingAnchors),
        perFileLanguage(languageRoots, tableScroll),
        perFileLanguage(languageRoots, codeBlocks),
        baseLinks(site.base),
      ],
    }),
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
    },
  },
  integrations: [mdx(), knowledgeBase()],
  vite: {
    // A scratch build with its own KB_CACHE_DIR keeps Vite's dependency cache there too,
    // so builds running side by side never share node_modules/.vite.
    ...(process.env.KB_CACHE_DIR ? { cacheDir: `${process.env.KB_CACHE_DIR}/vite` } : {}),
    build: {
      rollupOptions: {
        // Astro marks every MDX module with "use astro:head-inject"; the bundler warns once per
        // article that it may drop the directive, which Astro handles itself. Keep the log readable.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
