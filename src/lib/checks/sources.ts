import { fieldAt, problemAt, type Rule } from './context.ts';

/**
 * Sites of RTC vendors: documentation written to sell a product, and not a primary
 * source for a claim about WebRTC, a platform or a law. Their public GitHub issues
 * (a maintainer's statement) are fine.
 */
export const VENDOR_HOSTS = [
  'agora.io',
  'shengwang.cn',
  'trtc.io',
  'tencentcloud.com',
  'cloud.tencent.com',
  'zego.im',
  'zegocloud.com',
  'volcengine.com',
  'alibabacloud.com',
  'aliyun.com',
  'twilio.com',
  'vonage.com',
  'tokbox.com',
  'daily.co',
  'livekit.io',
  '100ms.live',
  'dolby.io',
  'millicast.com',
  'wowza.com',
  'dyte.io',
  'getstream.io',
  'sendbird.com',
  'netless.link',
  'rongcloud.cn',
  'netease.im',
  'yunxin.163.com',
];

const NUMBER_COMPONENTS = new Set(['Threshold', 'Value', 'MetricTable']);

function isVendor(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return VENDOR_HOSTS.some((vendor) => host === vendor || host.endsWith(`.${vendor}`));
}

export const sources: Rule = {
  id: 'sources',
  description:
    'Troubleshooting and reference articles, and every article that states a number (in prose or through `<Threshold>`, `<Value>`, `<MetricTable>`), list `sources`; vendor sites are not sources.',
  check: ({ model }) =>
    model.articles.flatMap((source) => {
      const data = source.data;
      if (!data) return [];
      const problems = data.sources.flatMap((entry, index) =>
        isVendor(entry.url)
          ? [
              problemAt(
                source,
                fieldAt(source, ['sources', index, 'url']),
                'sources',
                `${new URL(entry.url).hostname} is a vendor's site, not a primary source; cite the spec, the platform's documentation, the library source or a maintainer's statement instead`,
              ),
            ]
          : [],
      );
      if (data.draft || data.sources.length > 0) return problems;
      const number =
        source.facts?.components.find((component) => NUMBER_COMPONENTS.has(component.name))?.name ??
        source.facts?.quantities[0]?.text;
      const why =
        data.type === 'troubleshooting' || data.type === 'reference'
          ? `every ${data.type} article cites them`
          : number
            ? `the article states a number: ${NUMBER_COMPONENTS.has(number) ? `<${number}>` : `"${number}"`}`
            : undefined;
      if (!why) return problems;
      return [
        ...problems,
        problemAt(
          source,
          fieldAt(source, ['id']),
          'sources',
          `\`sources\` is missing (${why}); list the specs, platform docs or source code the claims rest on, e.g. sources: [{ title: "MDN: RTCInboundRtpStreamStats", url: "https://developer.mozilla.org/…" }]`,
        ),
      ];
    }),
};
