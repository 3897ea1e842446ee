import { articleSchema } from '../schemas/article.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './checks/index.ts';
import { generatedReference, REFERENCE_END, REFERENCE_START, treeJsonSchema } from './reference.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('generated reference', () => {
  it('CONTRIBUTING.md documents the current schemas and rules (run `npm run reference` if this fails)', () => {
    const document = read('CONTRIBUTING.md');
    const current = document.slice(
      document.indexOf(REFERENCE_START),
      document.indexOf(REFERENCE_END) + REFERENCE_END.length,
    );
    expect(current).toBe(generatedReference(RULES));
  });

  it('documents every frontmatter field of the schema with its meaning', () => {
    const reference = generatedReference(RULES);
    for (const field of Object.keys(articleSchema.shape)) {
      expect(reference, field).toMatch(new RegExp(`\\| \`${field}\` \\| [^|]+ \\| [^|]+ \\| \\S`));
    }
  });

  it('the editor schema for trees matches the tree schema (run `npm run reference` if this fails)', () => {
    expect(read('.vscode/troubleshooting-tree.schema.json')).toBe(treeJsonSchema());
  });
});
