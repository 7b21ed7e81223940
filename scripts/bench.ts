// npm run bench [-- --content DIR]: builds the site into a temporary folder and prints plain numbers:
// build time and peak memory, page weights per page type, search index and offline zip sizes,
// and the cost of a first and a second query in headless Chromium. No thresholds, no pass/fail.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch, serve } from '../tests/helpers/browser.ts';

const { values: args } = parseArgs({ options: { content: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const logFile = `${out}.log`;
const env = { ...process.env, ...(args.content ? { ATLAS_CONTENT: resolve(args.content) } : {}) };
const rows: [string, string][] = [];
const row = (k: string, v: string | number) => rows.push([k, String(v)]);
const KB = (n: number) => (n / 1e3).toFixed(1);
const MB = (n: number) => (n / 1e6).toFixed(1);

// --- 1. Build, timed; peak memory from /usr/bin/time -v (largest process) and from /proc (whole process tree, sampled). ---
const PAGE = 4096;
/** RSS of `pid` and all its descendants, per process (name from /proc/<pid>/comm). */
function treeRss(pid: number): { total: number; procs: [string, number][] } {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch { /* process ended */ }
  }
  const procs: [string, number][] = [];
  for (const stack = [pid]; stack.length > 0;) {
    const p = stack.pop()!;
    try { procs.push([readFileSync(`/proc/${p}/comm`, 'utf8').trim(), Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE]); } catch { /* ended */ }
    stack.push(...(children.get(p) ?? []));
  }
  return { total: procs.reduce((s, [, n]) => s + n, 0), procs };
}

// Exactly what `npm run build` runs (scripts/build.ts, with its memory settings), into a temporary folder.
const build = [process.execPath, join(root, 'scripts/build.ts'), '--outDir', out];
const useTime = existsSync('/usr/bin/time');
const load0 = loadavg()[0]!.toFixed(1);
const started = performance.now();
const child = spawn(useTime ? '/usr/bin/time' : build[0]!, useTime ? ['-v', ...build] : build.slice(1), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
const log: string[] = [];
const lines = (stream: NodeJS.ReadableStream) => {
  let rest = '';
  const push = (line: string) => { if (line.trim()) log.push(`+${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s ${line.replace(/\x1b\[[0-9;]*m/g, '')}`); };
  stream.on('data', (buf: Buffer) => {
    const parts = (rest + buf.toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    parts.forEach(push);
  });
  stream.on('end', () => push(rest));
};
lines(child.stdout);
lines(child.stderr);
let peakTree = 0;
let samples = 0;
const poll = setInterval(() => {
  const { total, procs } = treeRss(child.pid!);
  peakTree = Math.max(peakTree, total);
  // Every 5 s, a memory line in the build log, so memory can be read against the build's phases.
  if (samples++ % 25 === 0) log.push(`+${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s [bench] RSS ${MB(total)} MB: ${procs.filter(([, n]) => n > 50e6).map(([c, n]) => `${c} ${MB(n)}`).join(', ')}`);
}, 200);
const code: number = await new Promise((r) => child.on('close', r));
clearInterval(poll);
const seconds = (performance.now() - started) / 1000;
writeFileSync(logFile, `${log.join('\n')}\n`);
if (code !== 0) {
  console.error(log.slice(-40).join('\n'));
  console.error(`build failed (exit ${code}); full log in ${logFile}`);
  process.exit(1);
}
const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log.join('\n'));
row('content', args.content ? resolve(args.content) : 'content/');
row('build wall time (s)', seconds.toFixed(1));
const cpu = ['User', 'System'].map((k) => Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(log.join('\n'))?.[1] ?? NaN));
if (useTime) row('build CPU time, user+sys (s)', (cpu[0]! + cpu[1]!).toFixed(1));
row('load average start / end', `${load0} / ${loadavg()[0]!.toFixed(1)}`);
if (maxRss) row('peak RSS, largest process (MB)', MB(Number(maxRss[1]) * 1024));
row('peak RSS, process tree (MB)', MB(peakTree));

// --- 2. Pages and their weight (gzip, zlib default level) per page type. ---
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}
const files = walk(out).map((f) => relative(out, f).split('\\').join('/'));
row('pages (HTML files)', files.filter((f) => f.endsWith('.html')).length);

const TYPES: [string, RegExp][] = [
  ['home', /^fr\/index\.html$/],
  ['country', /^fr\/countries\/[^/]+\/index\.html$/],
  ['law', /^fr\/laws\/[^/]+\/[^/]+\/index\.html$/],
  ['requirement', /^fr\/requirements\/[^/]+\/index\.html$/],
  ['instrument', /^fr\/instruments\/[^/]+\/index\.html$/],
  ['search', /^fr\/search\/index\.html$/],
  ['download', /^fr\/download\/index\.html$/],
];
const gz = (f: string) => gzipSync(readFileSync(join(out, f))).length;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
/** The CSS and JS a page loads before any interaction: <link rel=stylesheet href> and <script src>. */
function assets(page: string): string[] {
  const html = readFileSync(join(out, page), 'utf8');
  const tags = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((t) => /^stylesheet$/i.test(attr(t, 'rel') ?? ''));
  const hrefs = [...tags.map((t) => attr(t, 'href')), ...[...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attr(m[0], 'src'))];
  return hrefs.filter((h): h is string => !!h).map((h) => decodeURIComponent(new URL(h, `http://x/${page}`).pathname.slice(1)));
}
row('page type, median-size page', 'gzip KB HTML / CSS / JS');
for (const [type, re] of TYPES) {
  const candidates = files.filter((f) => re.test(f)).sort((a, b) => statSync(join(out, a)).size - statSync(join(out, b)).size);
  const page = candidates[Math.floor(candidates.length / 2)]; // the median-sized page of its type
  if (!page) continue;
  const a = assets(page).filter((f) => existsSync(join(out, f)));
  const css = a.filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(f), 0);
  const js = a.filter((f) => f.endsWith('.js') || f.endsWith('.mjs')).reduce((s, f) => s + gz(f), 0);
  row(`${type} /${page.replace(/index\.html$/, '')}`, `${KB(gz(page))} / ${KB(css)} / ${KB(js)}`);
}

// --- 3. Search index and offline zip. ---
const pf = files.filter((f) => f.startsWith('pagefind/'));
const size = (f: string) => statSync(join(out, f)).size;
const packed = pf.filter((f) => /^pagefind\/offline-[a-z]+\.js$/.test(f));
row('pagefind/ (MB; files; shards; offline-<locale>.js MB)', `${MB(pf.reduce((s, f) => s + size(f), 0))}; ${pf.length}; ${new Set(pf.map((f) => f.split('/')[1]).filter((d) => /^[a-z]+-\d+$/.test(d!))).size}; ${packed.map((f) => MB(size(f))).join(' + ')}`);
const zip = files.find((f) => /^download\/.*\.zip$/.test(f));
row('offline zip (MB)', zip ? MB(size(zip)) : 'none');
row('offline zip build log', log.find((l) => /offline bundle/.test(l))?.replace(/^.*?(offline bundle)/, '$1').replace(/(sha256 \w{8})\w+/, '$1…') ?? 'not found');

// --- 4. Search in headless Chromium: bytes under /pagefind/ and time from typing to rendered results. ---
row('search on /fr/search/', 'ms to rendered results (incl. 150 ms debounce); KB fetched under /pagefind/');
const server = await serve(out);
const browser = await launch();
try {
  const page = await (await browser.newContext()).newPage();
  let bytes = 0;
  let requests = 0;
  const pending: Promise<unknown>[] = [];
  page.on('response', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/pagefind/')) return;
    requests += 1;
    pending.push(r.body().then((b) => { bytes += b.length; }, () => {}));
  });
  await page.goto(`${server.base}/fr/search/`, { waitUntil: 'load' });
  const query = async (label: string, q: string) => {
    bytes = 0;
    requests = 0;
    // Types the query (one input event, as a paste) and waits, inside the page, for the status line to give the result count.
    const r = await page.evaluate((q) => new Promise<{ ms: number; status: string }>((resolve) => {
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      const status = document.querySelector<HTMLElement>('#search-status')!;
      const t0 = performance.now();
      const done = () => new URLSearchParams(location.search).get('q') === q && status.textContent !== '' && !status.textContent!.endsWith('…');
      const obs = new MutationObserver(() => {
        if (!done()) return;
        obs.disconnect();
        requestAnimationFrame(() => resolve({ ms: performance.now() - t0, status: status.textContent ?? '' }));
      });
      obs.observe(status, { childList: true, characterData: true, subtree: true });
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }), q);
    await Promise.all(pending);
    row(`${label} "${q}" ms; KB; requests; hits`, `${r.ms.toFixed(0)}; ${KB(bytes)}; ${requests}; ${r.status.replace(/\D/g, '') || 0}`);
  };
  await query('cold', 'cybercriminalité');
  await query('warm', 'terrorisme');
} finally {
  await browser.close();
  await server.close();
  if (!args.keep) rmSync(out, { recursive: true, force: true });
}

// --- Print. ---
const w = Math.max(...rows.map(([k]) => k.length));
console.log(`| ${'metric'.padEnd(w)} | value`);
console.log(`|${'-'.repeat(w + 2)}|------`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(w)} | ${v}`);
console.log(`\nbuild log with elapsed times: ${logFile}${args.keep ? `\nbuilt site kept in ${out}` : ''}`);
