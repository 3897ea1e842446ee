import { fieldAt, problemAt, type Rule } from './context.ts';

export const MIN_RELATED = 2;

export const related: Rule = {
  id: 'related',
  description: `\`related\` ids exist, are published and are not the article itself; fewer than ${MIN_RELATED} is a warning.`,
  check: ({ model, allById, unverified }) =>
    model.articles.flatMap((source) => {
      const data = source.data;
      if (!data) return [];
      const problems = data.related.flatMap((id, index) => {
        const at = fieldAt(source, ['related', index]);
        if (id === data.id)
          return [problemAt(source, at, 'related', `an article cannot list itself (${id}) as related`)];
        const target = allById.get(id);
        if (!target && unverified.has(id)) return [];
        if (!target) return [problemAt(source, at, 'related', `related article ${id} does not exist; check the id`)];
        if (target.data?.draft && !data.draft) {
          return [
            problemAt(source, at, 'related', `related article ${id} is a draft and will not be shown`, 'warning'),
          ];
        }
        return [];
      });
      if (!data.draft && data.related.length < MIN_RELATED) {
        problems.push(
          problemAt(
            source,
            fieldAt(source, ['related']),
            'related',
            `lists ${data.related.length} related article(s); add at least ${MIN_RELATED} so readers have somewhere to go next`,
            'warning',
          ),
        );
      }
      return problems;
    }),
};
