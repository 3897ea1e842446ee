import { diagnoseStrings, type DiagnoseStrings } from './i18n/diagnose.ts';
import { localizedPath, type Locale } from './i18n/locales.ts';
import { FINDING_LINKS } from './lib/diagnose/findings.ts';
import { errorKey, linkedArticles, PAGE_LINKS, type LinkTable } from './lib/diagnose/links.ts';
import { CHECK_LINKS } from './lib/diagnose/precall.ts';
import type { Numbers } from './schemas/numbers.ts';
import type { IceServerConfig } from './schemas/site.ts';
import { href, site, siteDataIn, siteNumbers } from './site-data.ts';

/**
 * What the diagnostics pages carry in their data island, computed once at build
 * time: the dictionary, the numbers to grade with, the links of every finding and
 * check, and the configured ICE servers.
 */
export interface DiagnoseIsland {
  locale: Locale;
  strings: DiagnoseStrings;
  numbers: Numbers;
  links: LinkTable;
  iceServers: IceServerConfig[];
}

/**
 * The island in one language. Its links are written out for that language here: the
 * middleware that sends a Chinese page's links to `/zh/` only sees the HTML, not the
 * links the scripts build from this table or copy into a report.
 */
export async function diagnoseIsland(locale: Locale = 'en'): Promise<DiagnoseIsland> {
  const { catalog, errors: codes } = await siteDataIn(locale);
  const page = (path: string) => href(localizedPath(path, locale));
  const articles: LinkTable['articles'] = {};
  for (const id of linkedArticles([
    ...Object.values(FINDING_LINKS),
    ...Object.values(CHECK_LINKS),
    ...Object.values(PAGE_LINKS),
  ])) {
    const article = catalog.byId.get(id);
    if (article) articles[id] = { href: page(article.shortPath), title: article.data.title };
  }
  const errors: LinkTable['errors'] = {};
  for (const entry of codes) {
    if (entry.api === 'ice' || entry.api === 'getusermedia')
      errors[errorKey(entry.api, entry.code.code)] = page(entry.path);
  }
  return {
    locale,
    strings: diagnoseStrings[locale],
    numbers: siteNumbers(),
    links: { articles, errors, origin: site.url },
    iceServers: site.iceServers,
  };
}
