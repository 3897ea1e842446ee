import type { SiteConfig } from '../../schemas/site.ts';

/** Site configuration for tests that run the content checks on fixture folders. */
export const FIXTURE_SITE: SiteConfig = {
  url: 'https://help.example.com',
  base: '/',
  productName: 'Fixture KB',
  repository: 'https://github.com/example/kb',
  branch: 'main',
  ticketUrl: 'https://github.com/example/kb/issues/new',
  staleAfterDays: 365,
  iceServers: [],
};
