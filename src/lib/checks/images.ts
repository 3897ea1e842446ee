import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { problemAt, type Rule } from './context.ts';

export const images: Rule = {
  id: 'image',
  description:
    'Images exist (relative to the article, or under `public/` for `/…` paths), have alt text, and component images give `width` and `height`. Reported as `image-missing`, `image-alt` or `image-size`.',
  check: ({ model, publicDir }) =>
    model.articles.flatMap((source) =>
      (source.facts?.images ?? []).flatMap((image) => {
        const problems = [];
        if (image.alt === undefined || image.alt.trim() === '') {
          problems.push(
            problemAt(
              source,
              image.at,
              'image-alt',
              'image has no alt text; describe what it shows for readers who cannot see it',
            ),
          );
        }
        if (!image.sized) {
          problems.push(
            problemAt(
              source,
              image.at,
              'image-size',
              'give the image `width` and `height` (its pixel size) so the page does not jump as it loads',
            ),
          );
        }
        const src = image.src;
        if (src && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
          const file = src.startsWith('/') ? join(publicDir, src) : resolve(dirname(resolve(source.file)), src);
          if (!existsSync(file.split(/[?#]/)[0] ?? file)) {
            problems.push(problemAt(source, image.at, 'image-missing', `image "${src}" does not exist`));
          }
        }
        return problems;
      }),
    ),
};
