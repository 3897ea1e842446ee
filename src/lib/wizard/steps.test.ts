import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTree } from '../content-model.ts';
import { compileTree } from './compile.ts';
import { answersBefore, decodeAnswers, encodeAnswers, replayAnswers, splitStepPath, walkedPath } from './replay.ts';
import { enumeratePaths, treeSteps, treeWalks, walkedStepPath } from './steps.ts';

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

describe('pages that carry the answers so far', () => {
  it('builds each step once per walk that reaches it, answers as folders before the step', () => {
    expect(treeWalks(tree).map((walk) => walkedStepPath('stutter', walk))).toEqual([
      '/troubleshoot/stutter/platform.android/loss/',
      '/troubleshoot/stutter/platform.android/ticket/',
      '/troubleshoot/stutter/platform.android/loss.above-10/network/',
      '/troubleshoot/stutter/platform.android/loss.above-10/network/2/',
      '/troubleshoot/stutter/platform.android/loss.above-10/ticket/',
      '/troubleshoot/stutter/platform.android/loss.below-2/loss/below-2/',
      '/troubleshoot/stutter/platform.android/loss.below-2/ticket/',
      '/troubleshoot/stutter/platform.android/loss.i-cannot-tell/ticket/',
      '/troubleshoot/stutter/platform.web/loss/',
      '/troubleshoot/stutter/platform.web/ticket/',
      '/troubleshoot/stutter/platform.web/loss.above-10/network/',
      '/troubleshoot/stutter/platform.web/loss.above-10/network/2/',
      '/troubleshoot/stutter/platform.web/loss.above-10/ticket/',
      '/troubleshoot/stutter/platform.web/loss.below-2/loss/below-2/',
      '/troubleshoot/stutter/platform.web/loss.below-2/ticket/',
      '/troubleshoot/stutter/platform.web/loss.i-cannot-tell/ticket/',
    ]);
  });

  it('reads a page path back into its answers and its plain step', () => {
    const answers = [
      { node: 'platform', option: 'android' },
      { node: 'loss', option: 'above-10' },
    ];
    const path = walkedPath('stutter', answers, 'network/2/');
    expect(splitStepPath(path.slice('/troubleshoot/stutter/'.length))).toEqual({ answers, segment: 'network/2/' });
    expect(splitStepPath('platform.web/loss.i-cannot-tell/ticket/')).toMatchObject({ segment: 'ticket/' });
    expect(splitStepPath('')).toEqual({ answers: [], segment: '' });
    expect(splitStepPath('loss/below-2')).toEqual({ answers: [], segment: 'loss/below-2/' });
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
