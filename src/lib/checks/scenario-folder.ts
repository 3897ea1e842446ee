import { locateGuide } from '../articles.ts';
import { RESERVED_SLUGS } from '../routes.ts';
import { isSectionId, SECTION_IDS, SLUG } from '../../schemas/vocabulary.ts';
import { problemAt, type Rule } from './context.ts';

export const scenarioFolder: Rule = {
  id: 'scenario-folder',
  description: `Articles sit directly in a scenario folder: ${SECTION_IDS.map((id) => `\`guides/${id}/\``).join(', ')}; file names are lowercase-hyphenated.`,
  check: ({ model }) =>
    model.articles.flatMap((source) => {
      const { section, slug, depth } = locateGuide(source.pathInGuides);
      const at = { line: 1, column: 1 };
      if (!isSectionId(section)) {
        return [
          problemAt(
            source,
            at,
            'scenario-folder',
            `unknown scenario folder "${section}"; move the file into one of: ${SECTION_IDS.join(', ')}`,
          ),
        ];
      }
      if (depth !== 2) {
        return [
          problemAt(
            source,
            at,
            'scenario-folder',
            `articles must sit directly in content/guides/${section}/, not in a sub-folder`,
          ),
        ];
      }
      if (!SLUG.test(slug) || RESERVED_SLUGS.has(slug)) {
        return [
          problemAt(
            source,
            at,
            'scenario-folder',
            `file name "${slug}" must be lowercase words joined by hyphens${RESERVED_SLUGS.has(slug) ? ` and not a reserved name (${[...RESERVED_SLUGS].join(', ')})` : ''}`,
          ),
        ];
      }
      return [];
    }),
};
