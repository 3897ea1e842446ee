import { fill } from './fill.ts';
/**
 * Every sentence the diagnostics pages show or copy, by language. Templates take
 * `{name}` placeholders filled by `fill()`; numbers are formatted before they go
 * in. Another language is a copy of `en` with the same keys: the type makes a
 * missing key an error.
 */

const en = {
  common: {
    levels: { good: 'Good', degraded: 'Degraded', bad: 'Bad', info: 'Note', skipped: 'Not tested', error: 'Failed' },
    readMore: 'Read: {title}',
    errorPage: 'Error {code}: what it means',
    copyMarkdown: 'Copy report as Markdown',
    copied: 'Copied',
    saved: 'Saved for your support ticket: any troubleshooter’s ticket page now includes this report.',
    toTicket: 'Open a troubleshooter to write the ticket',
    reportTitle: 'Report',
    reportPreview: 'Report text',
    noscript: 'This page runs its checks in your browser and needs JavaScript.',
    privacy: 'Everything runs in this browser tab. Nothing is uploaded.',
    navLabel: 'Diagnose',
  },
  precall: {
    title: 'Pre-call check',
    description:
      'Check in your browser whether a call can work: WebRTC support, codecs, camera, microphone, speakers, STUN/TURN reachability and a short loopback call, graded against the knowledge base’s thresholds.',
    lead: 'Tests this browser, its devices and its network the way a call would use them, and says what to fix. Takes about 30 seconds.',
    privacy:
      'Everything runs in this browser tab. The only traffic it sends is ICE requests to the STUN and TURN servers listed below.',
    start: 'Start the check',
    restart: 'Run the check again',
    running: 'Checking: {step}…',
    done: 'Check complete: {bad} bad, {degraded} degraded, {good} good.',
    failed: 'The check stopped: {message}',
    dumpLink: 'Have a dump from a call that went wrong? Analyse a webrtc-internals dump',
    summaryTitle: 'Summary',
    sections: {
      environment: 'Browser and environment',
      devices: 'Camera, microphone and speakers',
      network: 'Network: STUN and TURN',
      loopback: 'Loopback call',
    },
    steps: {
      environment: 'browser',
      devices: 'devices',
      camera: 'camera',
      microphone: 'microphone',
      network: 'STUN and TURN',
      loopback: 'loopback call',
    },
    checks: {
      webrtc: 'WebRTC support',
      secureContext: 'Secure context (HTTPS)',
      permissions: 'Camera and microphone permission',
      codecs: 'Video codecs',
      devices: 'Devices found',
      camera: 'Camera',
      microphone: 'Microphone',
      speaker: 'Speakers',
      ice: 'STUN and TURN',
      loopback: 'Loopback call',
    },
    results: {
      webrtcYes: 'RTCPeerConnection, getUserMedia and getStats are available.',
      webrtcNo: 'This browser lacks {missing}: calls cannot work here.',
      secureYes: 'The page is a secure context, so camera and microphone can be used.',
      secureNo: 'This page is not a secure context: browsers only allow camera and microphone over HTTPS.',
      permissions: 'Camera: {camera}. Microphone: {microphone}.',
      permissionStates: { granted: 'allowed', denied: 'blocked', prompt: 'will ask', unknown: 'unknown' },
      permissionDenied:
        'Camera or microphone access is blocked. Allow it in the browser’s site settings (and the system’s privacy settings), then run the check again.',
      codecs: 'Send: {send}. Receive: {receive}.',
      codecsNone: 'none',
      h264Missing: 'H.264 is not available: calls with iOS or Safari users may fall back or fail.',
      devices: '{cameras} camera(s), {microphones} microphone(s), {speakers} speaker output(s).',
      devicesNone: 'No camera or microphone was found.',
      gumError: 'The browser refused the camera or microphone: {name}. {message}',
      camera: '{label}: {width}×{height} at {fps} fps delivered ({requested} requested).',
      cameraNone: 'No camera to test.',
      microphone: '{label}: loudest level {level} dBFS, {clipped} % of samples clipped.',
      microphoneSilent: 'The microphone delivered silence: it may be muted, disconnected or the wrong input.',
      microphoneClipping: 'The microphone is clipping: lower its input gain.',
      microphoneNone: 'No microphone to test.',
      speakerPrompt: 'Play a short tone on the chosen output and tell us whether you heard it.',
      speakerOutput: 'Output',
      speakerDefault: 'System default',
      speakerPlay: 'Play test tone',
      speakerHeard: 'I heard it',
      speakerNotHeard: 'I heard nothing',
      speakerYes: 'The test tone was heard on {output}.',
      speakerNo: 'The test tone was not heard on {output}: check the output device and its volume.',
      speakerPending: 'Not tested yet: play the tone below.',
      speakerNoSinkId:
        'This browser cannot choose the output device (no setSinkId); the tone plays on the default output.',
      ice: '{host} host, {srflx} server-reflexive, {relay} relay candidate(s); {protocols}.',
      iceFirst: 'First STUN or TURN candidate after {ms} ms.',
      iceFirstAny: 'First candidate after {ms} ms.',
      iceNoServers:
        'No STUN or TURN server is configured or typed, so only this device’s own addresses were gathered. Whether calls get through NAT (server-reflexive candidates) or through a relay when UDP is blocked cannot be tested: type your servers below.',
      iceNoSrflx: 'No server-reflexive candidate: the STUN servers did not answer, or UDP is blocked.',
      iceNoRelay: 'No relay candidate: TURN did not work. Users behind strict firewalls will not connect.',
      iceError: 'Error {code} from {url}: {text}',
      iceTimeout: 'Gathering did not finish within {seconds} s.',
      loopback: '{width}×{height} at {fps} fps, encode time {encode} ms per frame, {bitrate} kbps after {seconds} s.',
      loopbackLimited: 'The encoder was limited by {reason} for {percent} % of the call.',
      loopbackRamp: 'The bitrate reached {target} kbps (the lower end for {height}p) after {seconds} s.',
      loopbackNoRamp: 'The bitrate never reached {target} kbps, the lower end for {height}p.',
      loopbackNoVideo: 'The loopback call sent no video: no camera was available.',
      loopbackFailed: 'The loopback call did not connect: {message}',
      reasons: { none: 'nothing', bandwidth: 'bandwidth', cpu: 'CPU', other: 'something else' },
    },
    codecTable: {
      caption: 'Video codecs this browser can send and receive, and whether hardware helps',
      codec: 'Codec',
      send: 'Send',
      receive: 'Receive',
      decode: 'Decode 720p: smooth / power-efficient',
      encode: 'Encode 720p: smooth / power-efficient',
      yes: 'yes',
      no: 'no',
      unknown: 'unknown',
    },
    deviceList: 'Devices',
    deviceKinds: { videoinput: 'Camera', audioinput: 'Microphone', audiooutput: 'Speaker' },
    unnamedDevice: '(name hidden until access is allowed)',
    preview: 'Camera preview',
    meter: 'Microphone level',
    servers: {
      legend: 'STUN and TURN servers',
      help: 'One URL per line: stun:, turn: or turns:. The servers of this site’s configuration are filled in.',
      urls: 'Server URLs',
      username: 'TURN username',
      credential: 'TURN credential',
      run: 'Test these servers',
      invalid: 'Line {line}: “{url}” is not a stun:, turn: or turns: URL.',
      fetchFailed: 'Could not load the ICE servers from {url}: {message}',
    },
    candidatesTable: {
      caption: 'Candidates gathered, by type and protocol',
      type: 'Type',
      protocol: 'Protocol',
      count: 'Count',
    },
    loopbackTable: {
      caption: 'Loopback call, second by second',
      second: 'Second',
      bitrate: 'Bitrate (kbps)',
      fps: 'Frame rate (fps)',
      resolution: 'Resolution',
      reason: 'Limited by',
    },
    report: {
      heading: 'Pre-call check',
      browser: 'Browser',
      when: 'Run at',
    },
  },
  dump: {
    title: 'Analyse a webrtc-internals dump',
    description:
      'Open a chrome://webrtc-internals dump to see bitrate, loss, RTT, jitter, frame rate, freezes and limitation over time, with plain findings and links to the fix. Runs in your browser.',
    lead: 'Drop the dump of a call that went wrong: you get the charts support would draw, findings in plain words, and a summary to attach to your ticket.',
    privacy: 'The file is read in this browser tab only. Nothing is uploaded.',
    howTitle: 'How to get a dump',
    how: [
      'Open chrome://webrtc-internals in a new tab (edge://webrtc-internals in Edge) before or during the call.',
      'Reproduce the problem, keeping the call open.',
      'Open “Create a WebRTC-Internals dump” and click “Download the webrtc-internals dump”. Attach the .gz file as it is.',
    ],
    pick: 'Choose a dump file',
    drop: 'or drop it here',
    reading: 'Reading {name} ({size})…',
    analysed: '{name}: {count} peer connection(s) analysed in {seconds} s.',
    errors: {
      empty: 'The file is empty. Download the dump again from chrome://webrtc-internals.',
      'gzip-damaged':
        'The file is compressed but ends early or is damaged, usually because the download was cut off. Download the dump again and attach the .gz file without unpacking or editing it.',
      'truncated-json':
        'The dump ends in the middle: the file was cut off. Download it again from chrome://webrtc-internals.',
      'not-json':
        'This is not a webrtc-internals dump: it is not JSON or gzip-compressed JSON. Use “Download the webrtc-internals dump” on chrome://webrtc-internals.',
      'not-a-dump':
        'This JSON file is not a webrtc-internals dump: it has no “PeerConnections”. An rtcstats dump or a getStats() export cannot be read here yet.',
      'no-peer-connections':
        'The dump has no peer connections: it was taken when no call was running. Take it during the call.',
      unknown: 'The dump could not be read: {message}',
    },
    resultsTitle: 'Findings',
    noFindings: 'No problems found: every graded metric is in the good band.',
    browser: 'Browser: {agent}',
    pcPicker: 'Peer connection',
    pcOption: '{id}: {url} ({size})',
    sessionTitle: 'Negotiated session',
    session: {
      media: 'Media',
      codecsInUse: 'Codecs in use',
      features: 'Resilience and congestion control',
      path: 'Selected candidate pair',
      relayed: 'Relayed through TURN ({protocol}).',
      direct: 'Direct, not relayed.',
      pair: 'local {local} ↔ remote {remote}',
      candidate: '{type} {protocol}',
      noPair: 'No candidate pair was selected: the connection never got a working path.',
      states: 'Connection states',
      none: 'none',
      featureNames: {
        red: 'RED',
        ulpfec: 'ULPFEC',
        flexfec: 'FlexFEC',
        nack: 'NACK',
        pli: 'PLI',
        transportCc: 'transport-cc',
        remb: 'REMB',
        opusFec: 'Opus in-band FEC',
        opusDtx: 'Opus DTX',
        simulcast: 'simulcast',
      },
      directions: {
        sendrecv: 'send and receive',
        sendonly: 'send only',
        recvonly: 'receive only',
        inactive: 'inactive',
      },
    },
    metricsTitle: 'Metrics graded',
    metricsTable: {
      caption: 'Each metric over the whole call, graded with the knowledge base’s thresholds',
      metric: 'Metric',
      stream: 'Stream',
      value: 'Value',
      level: 'Grade',
      bands: 'Bands',
    },
    chartsTitle: 'Over time',
    chartsHelp: 'What each graph means and what to look for:',
    metricsHelp: 'How each metric is measured and where its bands come from:',
    chartTable: 'Summary of the chart: {title}',
    chartColumns: { line: 'Line', min: 'Min', median: 'Median', max: 'Max' },
    charts: {
      bitrate: 'Bitrate',
      'packet-loss': 'Packet loss',
      rtt: 'Round-trip time',
      jitter: 'Jitter',
      'frame-rate': 'Frame rate',
      resolution: 'Resolution (frame height)',
      freezes: 'Time frozen (video)',
      'jitter-buffer': 'Jitter-buffer delay',
      concealment: 'Concealed audio',
      'quality-limitation': 'Quality limitation reason',
    },
    limitationLevels: ['none', 'bandwidth', 'CPU', 'other'],
    lines: {
      inbound: 'received {kind}',
      outbound: 'sent {kind}',
      connection: 'candidate pair',
      remote: 'reported by the other side ({kind})',
      ssrc: 'SSRC {ssrc}',
    },
    kinds: { audio: 'audio', video: 'video', '': '' },
    streams: {
      inbound: 'received {kind}',
      outbound: 'sent {kind}',
      connection: 'connection',
    },
    findings: {
      'bandwidth-limited':
        'Sent video was limited by bandwidth for {seconds} s ({percent} % of the call) and stayed at {height}p.',
      'cpu-limited':
        'Sent video was limited by the CPU for {seconds} s ({percent} % of the call) and stayed at {height}p: the device could not encode faster.',
      freezes:
        'Received video froze {count} times, {seconds} s in total ({percent} % of the time), while packet loss was {loss} %.',
      'packet-loss': 'Received {kind} lost {percent} % of its packets (worst seconds: {peak} %).',
      rtt: 'The round-trip time was {ms} ms (median).',
      jitter: 'Received {kind} had {ms} ms of jitter (median).',
      'frame-rate': 'Received video ran at {fps} fps (median).',
      concealment: '{percent} % of received audio was concealed (made up by the decoder to cover gaps).',
      'encode-time': 'Encoding took {ms} ms per frame: the device is close to its limit.',
      'no-video-received':
        'Video was negotiated but no frame was decoded ({packets} packets received): the other side sees a black screen.',
      'ice-failed': 'ICE failed: no candidate pair worked, so no media could flow.',
      'candidate-error': 'A STUN or TURN server answered with error {code} ({text}) for {url}.',
      relayed: 'The call was relayed through a TURN server ({protocol}); relayed calls add latency and cost.',
    },
    report: {
      heading: 'webrtc-internals dump analysis',
      file: 'File',
      pc: 'Peer connection {id}',
    },
  },
  ticket: {
    title: 'Diagnostics',
    intro: 'Attach what the browser can measure: support reads it before asking.',
    precall: 'Run the pre-call check',
    dump: 'Attach a dump summary',
    attached: 'Attached: {title}, {when}.',
    remove: 'Remove',
    none: 'No report yet. Reports you run on this device are added to the ticket automatically.',
    section: 'Diagnostics',
  },
};

export type DiagnoseStrings = typeof en;

export const diagnoseStrings: { en: DiagnoseStrings } & Partial<Record<string, DiagnoseStrings>> = { en };

/**
 * What pages with a Chinese twin show of the diagnostics: the home page's links to both
 * tools and the ticket's diagnostics block. The diagnostics pages themselves are English
 * only (routes.ts `hasChinese`), so this is all of them Chinese readers meet.
 */
export interface DiagnoseLinkStrings {
  precallTitle: string;
  precallLead: string;
  dumpTitle: string;
  ticket: DiagnoseStrings['ticket'];
}

const links: Record<'en' | 'zh', DiagnoseLinkStrings> = {
  en: { precallTitle: en.precall.title, precallLead: en.precall.lead, dumpTitle: en.dump.title, ticket: en.ticket },
  zh: {
    precallTitle: '通话前检测',
    precallLead: '按真实通话的方式检测当前浏览器、设备和网络，并告诉你该修什么。大约需要 30 秒。',
    dumpTitle: '分析 webrtc-internals dump',
    ticket: {
      title: '诊断报告',
      intro: '附上浏览器能测到的数据：技术支持会先看这些，再决定要问你什么。',
      precall: '运行通话前检测',
      dump: '附上 dump 分析摘要',
      attached: '已附上：{title}，{when}。',
      remove: '移除',
      none: '还没有报告。在这台设备上运行的检测报告会自动附到工单里。',
      section: '诊断报告',
    },
  },
};

export function diagnoseLinkStrings(locale: 'en' | 'zh'): DiagnoseLinkStrings {
  return links[locale];
}
