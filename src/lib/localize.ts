/**
 * Chinese versions of troubleshooters and error codes: the English data with the
 * translation's text laid over it. Structure (ids, targets, articles, sources, numbers'
 * placeholders) always comes from English, so the two languages cannot disagree about
 * where an answer leads; only words change. A node or code the translation lacks keeps
 * its English text (the check reports it as missing).
 */
import type { ErrorApi } from '../schemas/errors.ts';
import type { ErrorApiTranslation, TreeTranslation } from '../schemas/translation.ts';
import type { Tree } from '../schemas/tree.ts';

export function overlayTree(tree: Tree, zh: TreeTranslation): Tree {
  const nodes = Object.fromEntries(
    Object.entries(tree.nodes).map(([id, node]) => {
      const text = zh.nodes[id];
      if (!text) return [id, node];
      if (node.type === 'question')
        return [
          id,
          {
            ...node,
            question: text.question ?? node.question,
            help: text.help ?? node.help,
            options: node.options.map((option, at) => ({ ...option, label: text.options?.[at] ?? option.label })),
          },
        ];
      return [id, { ...node, title: text.title ?? node.title, body: text.body ?? node.body }];
    }),
  );
  return { ...tree, title: zh.title, symptom: zh.symptom, keywords: zh.keywords, nodes } as Tree;
}

export function overlayErrorApi(api: ErrorApi, zh: ErrorApiTranslation): ErrorApi {
  const byCode = new Map(zh.codes.map((code) => [code.code, code]));
  return {
    ...api,
    name: api.zh,
    summary: zh.summary,
    where: zh.where,
    codes: api.codes.map((code) => {
      const text = byCode.get(code.code);
      return text
        ? {
            ...code,
            title: text.title,
            meaning: text.meaning,
            causes: text.causes,
            confirm: text.confirm,
            fix: text.fix,
          }
        : code;
    }),
  };
}
