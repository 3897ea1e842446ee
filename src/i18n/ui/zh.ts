import type { UiKey } from './en.ts';

/** 界面文字（简体中文）。键与 `en.ts` 完全一致，缺一个就是类型错误。 */
export const zh: Record<UiKey, string> = {
  'feedback.question': '这篇内容有帮助吗？',
};
