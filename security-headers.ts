/**
 * The security policy of the built app, in one place. The build writes the content security policy
 * into index.html as a meta tag; `public/_headers` (checked against this file by a unit test) gives
 * static hosts the same policy as a header, with what a meta tag cannot say: `frame-ancestors` and
 * `X-Content-Type-Options`. The preview server sends these headers too, so the browser tests run
 * under both.
 *
 * Each source is here because the app uses it: scripts, styles, workers (MapLibre's, the importer's,
 * the corridor buffer's, the offline service worker) and data all come from the app's own origin;
 * `img-src data:` is for the control icons that MapLibre's stylesheet draws as data: SVG images.
 * Nothing inline: Vite puts every style in a CSS file, and Svelte sets `style:` directives through
 * the CSSOM, which the policy does not govern.
 */

/** Directive name, then its sources, in the order they are written. */
export type Directive = readonly [name: string, ...sources: string[]];

export const CSP_DIRECTIVES: readonly Directive[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['style-src', "'self'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

/**
 * Who may frame the app: any site. The app is made to be embedded in articles (the Embed action,
 * `embed=1`), on sites that cannot be listed in advance; that is a deliberate choice, weighed against
 * clickjacking. The app has no account, no server action and no data but what the user opens, and a
 * framing page cannot reach into it, so a frame can show the app but not act for its user. Browsers
 * ignore this directive in a meta tag, so only the header carries it. A deployment that does not offer
 * embedding should send 'none' here; one that embeds only in its own pages should name those sites.
 */
export const FRAME_ANCESTORS: Directive = ['frame-ancestors', '*'];

export function policyText(directives: readonly Directive[]): string {
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** For the meta tag in index.html. */
export const META_POLICY = policyText(CSP_DIRECTIVES);

/** Every header a static host should send with the app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policyText([...CSP_DIRECTIVES, FRAME_ANCESTORS]),
  'X-Content-Type-Options': 'nosniff',
};

/** The `_headers` file of Netlify and Cloudflare Pages: a path pattern, then indented headers. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Written from security-headers.ts; a unit test fails when the two differ.',
    '/*',
    ...lines,
    '',
  ].join('\n');
}
