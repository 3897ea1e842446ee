import { z } from 'astro/zod';

/** `content/site.yaml`: everything that differs between deployments of the knowledge base. */
export const siteConfigSchema = z.strictObject({
  url: z
    .url({ error: 'must be an absolute URL such as "https://help.example.com"' })
    .describe('Public origin of the site; canonical links, the sitemap and previews use it.'),
  base: z
    .string()
    .regex(/^\/(?:[a-z0-9-]+\/)*$/, 'must start and end with "/", e.g. "/" or "/help/"')
    .default('/')
    .describe('Path the site is served under. `KB_BASE` overrides it for a single build.'),
  productName: z.string().min(2).describe('Name shown in the header, titles and link previews.'),
  repository: z.url().describe('Repository URL; "Edit this page" links point into it.'),
  branch: z.string().default('main').describe('Branch that "Edit this page" links to.'),
  ticketUrl: z
    .url()
    .describe(
      'Where the troubleshooter opens a new ticket. A GitHub "issues/new" URL gets `title` and `body` pre-filled.',
    ),
  staleAfterDays: z
    .number()
    .int()
    .positive()
    .default(365)
    .describe('An article whose `reviewed` date is older than this is reported as stale.'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
