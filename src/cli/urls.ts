/**
 * `npm run urls:update`: records newly published URLs in content/published-urls.txt.
 * URLs that still resolve (directly or through `redirectFrom`) are kept forever;
 * only URLs that no longer resolve are dropped, so run it after a deliberate
 * removal and let the diff show reviewers exactly which links go.
 */
import { writeFileSync } from 'node:fs';
import { loadContent, siteModelOf } from '../lib/content-model.ts';
import { formatManifest, manifestPath, updateManifest } from '../lib/url-manifest.ts';

const model = loadContent();
const { urls, added, removed } = updateManifest(model, siteModelOf(model));
writeFileSync(manifestPath(model.root), formatManifest(urls));
for (const url of added) console.log(`+ ${url}`);
for (const url of removed) console.log(`- ${url}  (no longer resolves: links to it will break)`);
console.log(`${manifestPath(model.root)}: ${urls.length} URLs (${added.length} added, ${removed.length} removed)`);
