import type { NumberValue, Numbers, Threshold, Unit } from '../../schemas/numbers.ts';
import { LEVELS } from '../numbers.ts';
import type { Problem } from '../problems.ts';
import { problemAt, type Rule } from './context.ts';

/** Words that make a number a limit: "loss above 10 %", "RTT under 150 ms", "丢包率超过 10%". */
const LIMIT =
  /(?:<|>|≤|≥|under|below|above|over|less than|more than|at least|at most|up to|within|beyond|exceeds?|低于|高于|超过|小于|大于|不超过|以上|以下)\s*$/i;
/** How a reference value is restated: "fails after about 15 s". */
const APPROXIMATE = /(?:<|>|≤|≥|≈|~|after|about|around|roughly|within|up to|约|大约)\s*$/i;

interface Literal {
  id: string;
  before: RegExp;
  pattern: RegExp;
  terms: readonly string[];
}

/** How a number may be written by hand: "150 ms", "150ms", "1 s" for 1,000 ms, "4.0" for a MOS. */
function literalPatterns(value: number, unit: Unit): string[] {
  const forms = [`${value}\\s?${escape(unit)}`];
  if (unit === 'ms' && value >= 1000) forms.push(`${value / 1000}\\s?s(?:econds?)?`, `${value / 1000}\\s?秒`);
  if (unit === 'MOS') forms.splice(0, 1, value.toFixed(1).replace('.', '\\.'));
  if (unit === 's') forms.push(`${value}\\s?seconds?`, `${value}\\s?秒`);
  return forms;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function literals(numbers: Numbers): Literal[] {
  const thresholds = Object.entries(numbers.thresholds).flatMap(([id, entry]: [string, Threshold]) =>
    (['good', 'bad'] as const).flatMap((level) =>
      literalPatterns(entry[level], entry.unit).map((form) => ({
        id: `${id}.${level === 'good' ? LEVELS[0] : LEVELS[2]}`,
        before: LIMIT,
        pattern: new RegExp(`(?<![\\d.,])${form}(?![\\w])`, 'giu'),
        terms: entry.terms,
      })),
    ),
  );
  const values = Object.entries(numbers.values).flatMap(([id, entry]: [string, NumberValue]) =>
    entry.value === undefined
      ? []
      : literalPatterns(entry.value, entry.unit).map((form) => ({
          id,
          before: APPROXIMATE,
          pattern: new RegExp(`(?<![\\d.,])${form}(?![\\w])`, 'giu'),
          terms: entry.terms,
        })),
  );
  return [...thresholds, ...values].filter((literal) => literal.terms.length > 0);
}

/**
 * A shared limit restated by hand in prose ("loss above 10 %") can drift from
 * `content/numbers.yaml`; the components write it from the data instead. A number
 * is flagged when it equals a limit, follows a comparator, and a word naming that
 * metric is in the same sentence.
 */
export const numberLiterals: Rule = {
  id: 'number-literal',
  description:
    'A limit of `content/numbers.yaml` is not typed by hand in prose ("loss above 10 %"): write `<Threshold id="packet-loss.bad" />` or `<Value id="…" />` so it cannot drift.',
  check: ({ model, numbers }) => {
    if (!numbers.data) return [];
    const known = literals(numbers.data);
    return model.articles.flatMap((source) =>
      (source.facts?.prose ?? []).flatMap((block) =>
        block.text.split(/(?<=[.;!?。；！？])\s*/).flatMap((sentence): Problem[] => {
          const lower = sentence.toLowerCase();
          for (const literal of known) {
            if (!literal.terms.some((term) => lower.includes(term))) continue;
            for (const match of sentence.matchAll(literal.pattern)) {
              if (!literal.before.test(sentence.slice(Math.max(0, match.index - 14), match.index))) continue;
              const component = literal.id.includes('.') ? 'Threshold' : 'Value';
              return [
                problemAt(
                  source,
                  block.at,
                  'number-literal',
                  `"${sentence.slice(Math.max(0, match.index - 30), match.index + match[0].length).trim()}" restates ${literal.id} of content/numbers.yaml by hand; write <${component} id="${literal.id}" /> so it cannot drift`,
                ),
              ];
            }
          }
          return [];
        }),
      ),
    );
  },
};
