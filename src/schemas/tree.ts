import { z } from 'astro/zod';
import { kbIdSchema } from './article.ts';
import { SCENARIO_IDS, slugSchema } from './vocabulary.ts';

const nodeIdSchema = slugSchema('check-network').refine((id) => id !== 'ticket', {
  message: '"ticket" is reserved for the ticket end; pick another node id',
});

/** What a question's answer means for the ticket, so support reads it in a fixed place. */
export const TICKET_FIELDS = ['platform', 'network', 'scope', 'since'] as const;

/** Severities an answer can declare: only an outage (everyone, everywhere) skips straight to them. */
export const OUTAGE_SEVERITIES = ['P0', 'P1'] as const;

/**
 * One answer to a question. It leads to exactly one of: another node (`next`),
 * one or more articles (`articles`), or the pre-filled ticket (`ticket: true`).
 */
export const optionSchema = z
  .strictObject({
    label: z.string().min(1).describe('The answer as the user would say it.'),
    value: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe(
        'Machine value for the ticket, e.g. the platform id `android` when the question asks for the platform.',
      ),
    next: nodeIdSchema.optional().describe('Id of the node this answer leads to.'),
    articles: z.array(kbIdSchema).min(1).optional().describe('Articles that answer the problem, best first.'),
    ticket: z.literal(true).optional().describe('This answer ends at the pre-filled support ticket.'),
    severity: z
      .enum(OUTAGE_SEVERITIES)
      .optional()
      .describe(
        'Set on a `ticket: true` answer that means an outage (everyone, everywhere, since a time): the ticket opens with this severity chosen, the status page link and the ticket actions first.',
      ),
  })
  .refine(
    (option) => [option.next, option.articles, option.ticket].filter((target) => target !== undefined).length === 1,
    {
      message: 'must have exactly one of `next`, `articles` or `ticket: true`',
    },
  )
  .refine((option) => option.severity === undefined || option.ticket === true, {
    message: 'marks an outage, and an outage answer goes straight to the ticket: add `ticket: true`',
    path: ['severity'],
  });

export const questionNodeSchema = z.strictObject({
  type: z.literal('question'),
  question: z.string().min(1).describe('The question, one sentence.'),
  help: z.string().optional().describe('How to find the answer: which metric, log line or setting to look at.'),
  field: z.enum(TICKET_FIELDS).optional().describe('Ticket line this answer fills.'),
  options: z
    .array(optionSchema)
    .min(2, 'must have at least two answers: a question with one answer is not a question')
    .describe('Two or more answers.'),
});

export const resultNodeSchema = z.strictObject({
  type: z.literal('result'),
  title: z.string().min(1).describe('What we think is wrong, in one line.'),
  body: z.string().optional().describe('Why, and what to try first.'),
  articles: z
    .array(kbIdSchema)
    .min(1, 'must list at least one article id: a result that recommends nothing is a dead end')
    .describe('Recommended articles, best first. "Did this fix it?" → no moves to the next.'),
});

export const treeNodeSchema = z.discriminatedUnion('type', [questionNodeSchema, resultNodeSchema]);

/** A troubleshooting tree: one file per symptom in `content/troubleshooting/`. */
export const treeSchema = z.strictObject({
  title: z.string().min(5).describe('The symptom as a user names it, e.g. "Video stutters or freezes".'),
  symptom: z
    .string()
    .min(20)
    .describe('One or two sentences that describe the symptom; shown on the start page and in search.'),
  scenarios: z.array(z.enum(SCENARIO_IDS)).min(1).describe('Scenarios this tree applies to.'),
  keywords: z.array(z.string().min(1)).default([]).describe('Search terms, Chinese included (卡顿, 回声).'),
  start: nodeIdSchema.describe('Id of the first question.'),
  nodes: z.record(nodeIdSchema, treeNodeSchema).describe('Every node by id.'),
});

export type TreeOption = z.infer<typeof optionSchema>;
export type QuestionNode = z.infer<typeof questionNodeSchema>;
export type ResultNode = z.infer<typeof resultNodeSchema>;
export type TreeNode = z.infer<typeof treeNodeSchema>;
export type Tree = z.infer<typeof treeSchema>;
