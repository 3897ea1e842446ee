import { diagnoseStrings, type DiagnoseStrings } from '../i18n/diagnose.ts';
import { contentRoot } from '../lib/content-root.ts';
import { FINDING_LINKS } from '../lib/diagnose/findings.ts';
import { errorKey, linkedArticles, PAGE_LINKS, type LinkTable } from '../lib/diagnose/links.ts';
import { CHECK_LINKS } from '../lib/diagnose/precall.ts';
import { errorEntries, readErrorApis } from '../lib/error-codes.ts';
import type { Numbers } from '../schemas/numbers.ts';
import type { IceServerConfig } from '../schemas/site.ts';
import { href, loadSiteData, site, siteNumbers } from './site.ts';

/**
 * What the diagnostics pages carry in their data island, computed once at build
 * time: the dictionary, the numbers to grade with, the links of every finding and
 * check, and the configured ICE servers.
 */
export interface DiagnoseIsland {
  locale: string;
  strings: DiagnoseStrings;
  numbers: Numbers;
  links: LinkTable;
  iceServers: IceServerConfig[];
}

/**
 * Error-code pages (`/errors/<api>/<slug>/`) are linked only once the site builds
 * them: until a page route exists under src/pages/errors/, findings link to their
 * article alone rather than to a page that would 404.
 */
const HAS_ERROR_PAGES = Object.keys(import.meta.glob('../pages/errors/**/*.astro')).length > 0;

export async function diagnoseIsland(locale: 'en' = 'en'): Promise<DiagnoseIsland> {
  const { catalog } = await loadSiteData();
  const articles: LinkTable['articles'] = {};
  for (const id of linkedArticles([
    ...Object.values(FINDING_LINKS),
    ...Object.values(CHECK_LINKS),
    ...Object.values(PAGE_LINKS),
  ])) {
    const article = catalog.byId.get(id);
    if (article) articles[id] = { href: href(article.shortPath), title: article.data.title };
  }
  const errors: LinkTable['errors'] = {};
  if (HAS_ERROR_PAGES) {
    for (const entry of errorEntries(readErrorApis(contentRoot()))) {
      if (entry.api === 'ice' || entry.api === 'getusermedia')
        errors[errorKey(entry.api, entry.code.code)] = href(entry.path);
    }
  }
  return {
    locale,
    strings: diagnoseStrings[locale],
    numbers: siteNumbers(),
    links: { articles, errors, origin: site.url },
    iceServers: site.iceServers,
  };
}
