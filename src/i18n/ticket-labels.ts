import { TICKET_LABELS, TICKET_WORDING, type TicketLabels, type TicketWording } from '../lib/wizard/ticket.ts';
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

/** Severities and the logs to attach, per language: the ticket form shows them and the ticket text lists them. */
export const TICKET_WORDING_BY_LOCALE: Record<Locale, TicketWording> = {
  en: TICKET_WORDING,
  zh: {
    severities: {
      P0: {
        name: '服务不可用',
        when: '所有用户都无法进房、推流，或者听不到、看不到对方：核心服务整体不可用。',
        response: '15 分钟',
        resolution: '1 小时内恢复服务',
      },
      P1: {
        name: '主要功能故障',
        when: '大量用户的某个主要功能失败，比如某个平台上的视频，或者某个地区的所有通话。',
        response: '30 分钟',
        resolution: '4 小时内恢复',
      },
      P2: {
        name: '部分用户受影响',
        when: '部分用户、设备或网络出现失败或质量差，大多数通话正常。',
        response: '2 小时',
        resolution: '24 小时内修复',
      },
      P3: {
        name: '轻微问题或咨询',
        when: '不影响正常使用：咨询、界面小问题或功能需求。',
        response: '1 个工作日',
        resolution: '排期处理',
      },
    },
    commonAttachments: [
      '频道号或房间号，以及出问题的双方用户 ID',
      '通话开始时间和问题开始时间（UTC）',
      '出问题期间的 getStats() dump，或质量指标（RTT、丢包率、抖动、帧率）的截图',
    ],
    platformAttachments: {
      android: [
        '复现时抓的 Logcat：`adb logcat -v threadtime > logcat.txt`',
        '机型和 Android 版本：`adb shell getprop ro.product.model` 和 `ro.build.version.release`',
        'App files 目录下的 SDK 日志文件',
      ],
      ios: [
        '复现时的设备控制台日志（Xcode → Devices and Simulators → Open Console，或用“控制台”App）',
        '机型和 iOS 版本',
        'App 容器里的 SDK 日志文件（Xcode → Download Container）',
      ],
      web: [
        '通话过程中从 chrome://webrtc-internals 导出的 dump（Create dump）',
        '浏览器控制台日志，以及浏览器名称和版本',
      ],
      windows: ['SDK 日志文件、Windows 版本，以及正在使用的摄像头和音频设备名称'],
      macos: ['SDK 日志文件、macOS 版本，以及正在使用的摄像头和音频设备名称'],
      linux: ['SDK 日志文件、发行版和内核版本，以及音频服务（PulseAudio 或 PipeWire）'],
      electron: ['Electron 和 Chromium 版本、主进程日志，以及 chrome://webrtc-internals 的 dump'],
      flutter: ['插件版本，以及设备的原生日志（Android 用 logcat，iOS 用 Xcode 控制台）'],
      'react-native': ['包版本，以及设备的原生日志（Android 用 logcat，iOS 用 Xcode 控制台）'],
      unity: ['Unity 版本、Player 日志，以及设备的原生日志'],
      server: ['问题时间段前后的服务端日志（UTC），带上请求 ID 和 HTTP 状态码'],
    },
  },
};
