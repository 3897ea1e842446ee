import { formatDate } from '../labels.ts';
import { fieldAt, problemAt, type Rule } from './context.ts';

const DAY = 24 * 60 * 60 * 1000;

export function ageInDays(reviewed: Date, today: Date): number {
  return Math.floor((today.getTime() - reviewed.getTime()) / DAY);
}

export const stale: Rule = {
  id: 'stale',
  description: 'Warns when `reviewed` is older than `staleAfterDays` in `content/site.yaml`, or in the future.',
  check: ({ model, config: site, today }) =>
    model.articles.flatMap((source) => {
      const data = source.data;
      if (!data || data.draft) return [];
      const age = ageInDays(data.reviewed, today);
      if (age < 0) {
        return [
          problemAt(
            source,
            fieldAt(source, ['reviewed']),
            'stale',
            `reviewed date ${formatDate(data.reviewed)} is in the future`,
          ),
        ];
      }
      if (age <= site.staleAfterDays) return [];
      return [
        problemAt(
          source,
          fieldAt(source, ['reviewed']),
          'stale',
          `last reviewed ${age} days ago (limit ${site.staleAfterDays}); owner ${data.owner} should check it and update \`reviewed\``,
          'warning',
        ),
      ];
    }),
};
