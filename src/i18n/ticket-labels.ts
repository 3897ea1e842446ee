import { TICKET_LABELS, type TicketLabels } from '../lib/wizard/ticket.ts';
import type { Locale } from './locales.ts';

/** The ticket's headings and field names per language (lib/wizard/ticket.ts writes them). */
export const TICKET_LABELS_BY_LOCALE: Record<Locale, TicketLabels> = {
  en: TICKET_LABELS,
  zh: {
    symptom: '现象',
    scenario: '场景',
    severity: '故障等级',
    platform: '平台',
    sdkVersion: 'SDK 版本',
    errorCode: '错误码',
    errorCodePage: '错误码说明',
    network: '网络',
    scope: '影响范围',
    since: '开始时间',
    answers: '排查向导中的回答',
    none: '（无）',
    path: '排查路径',
    happened: '问题经过',
    steps: '复现步骤',
    expected: '预期结果',
    actual: '实际结果',
    changed: '最近的变更（发版、SDK 升级、配置、区域）',
    attached: '附件',
    oneOf: '可选',
    on: '-',
  },
};
