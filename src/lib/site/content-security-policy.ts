/**
 * The site's Content-Security-Policy, as every page carries it in a `<meta http-equiv>` (src/layouts/Base.astro)
 * so that hosts sending no header (GitHub Pages, plain CDNs) still enforce it. deploy/nginx.conf sends the
 * same directives as a header, plus what a meta policy cannot carry: `frame-ancestors` (and `report-uri`,
 * `sandbox`) are ignored in a meta element by the CSP specification, so clickjacking protection needs the
 * header (or X-Frame-Options). A unit test holds the two in step.
 *
 * No 'unsafe-inline': Astro writes every script and style to /_astro/ files (astro.config.mjs). Pagefind
 * compiles its WebAssembly, hence 'wasm-unsafe-eval'. img-src allows data: for the icons CSS draws inline.
 */
export const META_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The header deploy/nginx.conf sends: the meta policy and the directives only a header can carry. */
export const HEADER_CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
