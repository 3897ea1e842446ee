import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTree } from '../content-model.ts';
import { compileTree } from './compile.ts';
import { answersBefore, decodeAnswers, encodeAnswers, replayAnswers } from './replay.ts';
import { enumeratePaths, treeSteps } from './steps.ts';

const tree = readTree(fileURLToPath(new URL('./fixtures/valid.yaml', import.meta.url))).data!;
const compiled = compileTree('stutter', tree, ['1v1 video social']);

describe('tree steps', () => {
  it('gives every question, result article and the ticket its own page, start first', () => {
    expect(treeSteps(tree).map((step) => step.segment)).toEqual([
      '',
      'loss/',
      'loss/below-2/',
      'network/',
      'network/2/',
      'ticket/',
    ]);
  });

  it('moves to the next article, then to the ticket, when a fix did not help', () => {
    const results = treeSteps(tree).filter((step) => step.kind === 'result');
    expect(results.map((step) => [step.segment, step.kind === 'result' && step.nextSegment])).toEqual([
      ['loss/below-2/', 'ticket/'],
      ['network/', 'network/2/'],
      ['network/2/', 'ticket/'],
    ]);
  });

  it('counts every distinct walk to an ending', () => {
    const paths = enumeratePaths(tree);
    expect(paths).toHaveLength(6);
    expect(Math.max(...paths.map((path) => path.answers.length))).toBe(2);
    expect(paths.filter((path) => path.ending === 'ticket')).toHaveLength(2);
  });
});

describe('answers in the URL', () => {
  it('round-trip through the `a` parameter', () => {
    const answers = [
      { node: 'platform', option: 'android' },
      { node: 'loss', option: 'above-10' },
    ];
    expect(encodeAnswers(answers)).toBe('platform.android~loss.above-10');
    expect(decodeAnswers('platform.android~loss.above-10')).toEqual(answers);
  });

  it('replay into a trail of questions and the labels answered', () => {
    const trail = replayAnswers(compiled, decodeAnswers('platform.android~loss.above-10'));
    expect(trail.map((step) => [step.question, step.label, step.field ?? null])).toEqual([
      ['Which platform shows the stutter?', 'Android', 'platform'],
      ['What packet loss does getStats report?', 'Above 10 %', null],
    ]);
  });

  it('stop at the first answer that does not fit the tree', () => {
    expect(replayAnswers(compiled, decodeAnswers('platform.android~network.wifi~loss.above-10'))).toHaveLength(1);
    expect(replayAnswers(compiled, decodeAnswers('loss.above-10'))).toEqual([]);
    expect(decodeAnswers('garbage..~x')).toEqual([]);
  });

  it('keeps only earlier answers when stepping back to a question', () => {
    const trail = replayAnswers(compiled, decodeAnswers('platform.web~loss.above-10'));
    expect(answersBefore(trail, 'loss')).toEqual([{ node: 'platform', option: 'web' }]);
    expect(answersBefore(trail, 'platform')).toEqual([]);
  });
});
