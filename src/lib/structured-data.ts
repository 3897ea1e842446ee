import type { FaqPair } from './article-export.ts';
import type { Article } from './articles.ts';
import { formatDate } from './labels.ts';
import { SECTIONS } from './sections.ts';

/** JSON-LD for an article: `FAQPage` for FAQs (when it has questions), `TechArticle` otherwise. */
export function articleJsonLd(
  article: Article,
  url: string,
  siteName: string,
  faq: readonly FaqPair[],
  /** The page's language and scenario name, when the page is not the English one. */
  page: { language?: string; sectionName?: string } = {},
): Record<string, unknown> {
  const common = {
    '@context': 'https://schema.org',
    url,
    inLanguage: page.language ?? 'en',
    dateModified: formatDate(article.data.updated),
    isPartOf: { '@type': 'WebSite', name: siteName },
  };
  if (article.data.type === 'faq' && faq.length > 0) {
    return {
      ...common,
      '@type': 'FAQPage',
      name: article.data.title,
      mainEntity: faq.map((pair) => ({
        '@type': 'Question',
        name: pair.question,
        acceptedAnswer: { '@type': 'Answer', text: pair.answer },
      })),
    };
  }
  return {
    ...common,
    '@type': 'TechArticle',
    headline: article.data.title,
    description: article.data.summary,
    identifier: article.id,
    articleSection: page.sectionName ?? SECTIONS[article.section].name,
    keywords: [...article.data.tags, ...article.data.keywords].join(', '),
  };
}
