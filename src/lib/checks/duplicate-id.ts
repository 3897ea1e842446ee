import { fieldAt, problemAt, type Rule } from './context.ts';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  description: 'Every article id (`KB-1042`) is used once: it is the article’s short link forever.',
  check: ({ model }) => {
    const firstFile = new Map<string, string>();
    return model.articles.flatMap((source) => {
      const id = source.data?.id;
      if (!id) return [];
      const first = firstFile.get(id);
      if (first === undefined) {
        firstFile.set(id, source.file);
        return [];
      }
      return [
        problemAt(
          source,
          fieldAt(source, ['id']),
          'duplicate-id',
          `id ${id} is already used by ${first}; run \`npm run new\` or pick the next free id`,
        ),
      ];
    });
  },
};
