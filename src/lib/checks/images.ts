import { everyMdx } from '../content-model.ts';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { imageOutsideProblem, imageSrcProblem } from '../mdx-policy.ts';
import { problemAt, type Rule } from './context.ts';

export const images: Rule = {
  id: 'image',
  description:
    'Images are local PNG, JPEG, WebP, AVIF or GIF files inside the content folder (relative to the article) or `public/` (`/…` paths), exist, have alt text, and component images give `width` and `height`. Reported as `image-path`, `image-missing`, `image-alt` or `image-size`.',
  check: ({ model, publicDir }) =>
    everyMdx(model).flatMap((source) =>
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
        // A source the MDX policy refuses (remote, query, SVG) is reported there once.
        if (!src || imageSrcProblem(src)) return problems;
        const articleDir = dirname(resolve(source.file));
        const outside = imageOutsideProblem(src, articleDir, model.root, publicDir);
        if (outside) return [...problems, problemAt(source, image.at, 'image-path', outside)];
        const file = src.startsWith('/') ? resolve(publicDir, `.${src}`) : resolve(articleDir, src);
        if (!existsSync(file))
          return [...problems, problemAt(source, image.at, 'image-missing', `image "${src}" does not exist`)];
        const real = realpathSync(file);
        const root = realpathSync(src.startsWith('/') ? publicDir : model.root);
        if (relative(root, real).startsWith('..')) {
          problems.push(
            problemAt(
              source,
              image.at,
              'image-path',
              `image "${src}" resolves outside the repository's content through a symbolic link`,
            ),
          );
        }
        return problems;
      }),
    ),
};
