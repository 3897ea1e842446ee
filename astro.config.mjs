// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { loadSiteConfig } from './src/lib/site-config.ts';
import { MARKDOWN_FEATURES } from './src/lib/mdx-facts.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';
import { baseLinks } from './src/lib/markdown/base-links.ts';
import { knowledgeBase } from './src/integrations/knowledge-base.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    // Sätteri (the default engine) with heading attributes for pinned anchors: `## Fix {#fix}`.
    processor: satteri({
      features: MARKDOWN_FEATURES,
      hastPlugins: [headingAnchors(), baseLinks(site.base)],
    }),
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
    },
  },
  integrations: [mdx(), knowledgeBase()],
  vite: {
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
