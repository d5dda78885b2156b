/** 20 malformed settings files, each with the words its rejection message must contain (unit and e2e tests). */
const file = (x: Record<string, unknown>) =>
  JSON.stringify({ kind: 'vendor-lens-settings', format: 2, ...x });

/** 20 malformed settings files and the words their message must contain. */
export const MALFORMED: [string, string, RegExp][] = [
  ['invalid JSON', '{"enabled": true,', /not valid JSON/],
  ['empty file', '', /not valid JSON/],
  ['a list', '[1, 2]', /one JSON object/],
  ['a string', '"settings"', /one JSON object/],
  ['null', 'null', /one JSON object/],
  ['unknown key', file({ colour: 'red' }), /Unknown setting “colour”/],
  ['__proto__ key', '{"__proto__": {"enabled": false}}', /Unknown setting “__proto__”/],
  ['constructor key', file({ constructor: { prototype: { x: 1 } } }), /Unknown setting “constructor”/],
  ['prototype key', file({ prototype: {} }), /Unknown setting “prototype”/],
  ['wrong kind', file({ kind: 'other-extension' }), /“kind” must be/],
  ['format from the future', file({ format: 7 }), /“format” must be a whole number/],
  ['format as text', file({ format: '2' }), /“format” must be a whole number/],
  ['enabled as text', file({ enabled: 'yes' }), /“enabled” must be true or false/],
  ['showKev as number', file({ showKev: 1 }), /“showKev” must be true or false/],
  ['unknown mark mode', file({ markMode: 'some' }), /“markMode” must be one of "all", "first", "none"/],
  ['badge as object', file({ badge: { on: true } }), /“badge” must be one of/],
  ['site rules as text', file({ siteRules: 'example.com' }), /“siteRules” must be a list/],
  ['a bad site', file({ siteRules: ['example.com', 'not a host'] }), /“siteRules” entry 2 \("not a host"\)/],
  [
    'huge list',
    file({ siteRules: Array.from({ length: 5000 }, (_, i) => `s${i}.example`) }),
    /5000 entries; at most 500/,
  ],
  [
    'unknown vendor muted',
    file({ muted: ['kaspersky', 'acme-unknown'] }),
    /“muted” entry 2 \("acme-unknown"\) is not a vendor/,
  ],
];
