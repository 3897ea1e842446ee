/** Puts the site's base path (`/` or `/help/`) in front of a site path. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** Absolute URL for canonical links and previews. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).toString();
}
