/**
 * Every piece of interface text, in English. The Chinese dictionary (`zh.ts`) must
 * have exactly these keys: a missing one is a type error. `{name}` is a parameter.
 */
export const en = {
  'feedback.question': 'Did this help?',
} as const;

export type UiKey = keyof typeof en;
