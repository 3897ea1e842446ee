/**
 * `npm run reference`: regenerates CONTRIBUTING.md's reference (frontmatter, tree
 * fields, check rules) and the editor schema for trees, from the code that
 * enforces them. A unit test fails when either is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../lib/checks/index.ts';
import { generatedReference, treeJsonSchema, withReference } from '../lib/reference.ts';

export const CONTRIBUTING = 'CONTRIBUTING.md';
export const TREE_SCHEMA = '.vscode/troubleshooting-tree.schema.json';

writeFileSync(CONTRIBUTING, withReference(readFileSync(CONTRIBUTING, 'utf8'), generatedReference(RULES)));
writeFileSync(TREE_SCHEMA, treeJsonSchema());
console.log(`Updated ${CONTRIBUTING} and ${TREE_SCHEMA}`);
