import type { APIRoute } from 'astro';
import { absolute, loadSiteData, site } from '../site-data.ts';
import { SECTIONS } from '../lib/sections.ts';
import { SECTION_IDS } from '../schemas/vocabulary.ts';
import { markdownText } from '../lib/article-export.ts';

/** `llms.txt` (llmstxt.org): an index of every article, pointing at its Markdown copy. */
export const GET: APIRoute = async () => {
  const { catalog } = await loadSiteData();
  const lines = [
    `# ${markdownText(site.productName)}`,
    '',
    '> Vendor-neutral knowledge base for developers of live streaming and real-time audio/video apps: show streaming, 1v1 video, voice rooms, going overseas, and support reference (severity levels, tickets, logs, metrics, error codes).',
    '',
    'Each link is the Markdown copy of an article. Short links of the form /kb/<number>/ never change.',
  ];
  for (const id of SECTION_IDS) {
    const articles = catalog.bySection.get(id) ?? [];
    if (articles.length === 0) continue;
    lines.push('', `## ${SECTIONS[id].name}`, '');
    for (const article of [...articles].sort((a, b) => a.id.localeCompare(b.id))) {
      lines.push(
        `- [${markdownText(`${article.id} ${article.data.title}`)}](${absolute(`/kb/${article.number}.md`)}): ${markdownText(article.data.summary)}`,
      );
    }
  }
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
