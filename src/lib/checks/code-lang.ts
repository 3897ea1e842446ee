import { everyMdx } from '../content-model.ts';
import { problemAt, type Rule } from './context.ts';

export const codeLang: Rule = {
  id: 'code-lang',
  description: 'Every code fence names its language (```js, ```kotlin, ```text) so it is highlighted and labelled.',
  check: ({ model }) =>
    everyMdx(model).flatMap((source) =>
      (source.facts?.codeBlocks ?? [])
        .filter((block) => !block.lang)
        .map((block) =>
          problemAt(
            source,
            block.at,
            'code-lang',
            'code fence has no language; write ```js, ```swift, ```bash or ```text for plain output',
          ),
        ),
    ),
};
