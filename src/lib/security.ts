// Content-Security-Policy: scripts only from the site itself (no inline script anywhere), WebAssembly for search.
const DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** The policy as delivered in a <meta> tag (frame-ancestors is not allowed there). */
export const CSP_META = Object.entries(DIRECTIVES).map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');

/** The `_headers` file read by static hosts (Netlify, Cloudflare Pages and others). */
export const HEADERS_FILE = `/*
  Content-Security-Policy: ${CSP_META}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  X-Frame-Options: DENY
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  Cross-Origin-Opener-Policy: same-origin
`;
