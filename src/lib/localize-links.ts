/**
 * Links on a Chinese page lead to Chinese pages. Templates and articles write English
 * site paths (`/voice-rooms/echo/#fix`); for a page under `/zh/` the middleware passes
 * its HTML through here, which prefixes `/zh` to every link of this site whose page has
 * a Chinese twin (routes.ts `hasChinese`). Links that name their language (`hreflang`:
 * the language switch, "English version") are left as written, and so is everything
 * that is not a page: assets, JSON, Markdown exports.
 */
const LINK = /<(a|form)\b([^>]*?)\s(href|action)="([^"]*)"([^>]*)>/g;

export function localizeLinks(html: string, base: string, hasChinese: (path: string) => boolean): string {
  const prefix = base.replace(/\/$/, '');
  return html.replace(LINK, (tag, name: string, before: string, attribute: string, url: string, after: string) => {
    if (/\shreflang=/.test(`${before} ${after}`)) return tag;
    if (!url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}/zh/`) || url.startsWith('//')) return tag;
    const [path = '/', rest = ''] = splitUrl(url.slice(prefix.length));
    if (!path.endsWith('/') || !hasChinese(path)) return tag;
    return `<${name}${before} ${attribute}="${prefix}/zh${path}${rest}"${after}>`;
  });
}

function splitUrl(url: string): [string, string] {
  const at = url.search(/[?#]/);
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}
