import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TYPES } from '../schemas/article.ts';
import { createCheckContext, runChecks } from './checks/index.ts';
import { loadContent } from './content-model.ts';
import { formatProblem } from './problems.ts';
import { nextFreeId, scaffoldArticle, slugFromTitle } from './scaffold.ts';
import { FIXTURE_SITE as site } from './checks/fixtures/site.ts';

describe('scaffold', () => {
  it('makes a short file name from the title', () => {
    expect(slugFromTitle('Echo when a co-host joins the room (回声)')).toBe('echo-when-a-co-host-joins');
  });

  it('picks the id after the highest one in use, broken frontmatter included', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-scaffold-'));
    mkdirSync(join(root, 'guides/general'), { recursive: true });
    writeFileSync(join(root, 'guides/general/a.mdx'), '---\nid: KB-1204\ntitle: x\n---\n');
    writeFileSync(join(root, 'guides/general/b.mdx'), '---\nid: KB-1188\n---\n');
    expect(nextFreeId(loadContent(root))).toBe('KB-1205');
  });

  it.each(ARTICLE_TYPES)('writes a %s article that passes every content rule', (type) => {
    const root = mkdtempSync(join(tmpdir(), 'kb-scaffold-'));
    mkdirSync(join(root, 'guides/voice-rooms'), { recursive: true });
    writeFileSync(
      join(root, 'guides/voice-rooms/new-article.mdx'),
      scaffoldArticle({
        id: 'KB-1500',
        section: 'voice-rooms',
        type,
        title: 'Echo when a co-host joins the room',
        summary: 'Why a co-host’s arrival makes the host hear themselves, and the settings that stop it.',
        owner: 'audio-team',
        today: new Date('2026-11-22'),
        draft: true,
      }),
    );
    const problems = runChecks(createCheckContext(loadContent(root), { site, today: new Date('2026-11-22') }));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
