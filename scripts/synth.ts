// npm run synth -- --countries 200 --out DIR: writes a synthetic content folder for benchmarks (never commit it).
// The real instruments, requirements and crosswalk are copied from content/; the countries are fictional
// ("Synthland 17", codes made of letter pairs the real content does not use), each with laws, a ratification
// for every instrument and an assessment for every requirement, valid under `npm run check`. Build it with
// ATLAS_CONTENT=DIR. The text is words drawn from the real laws, so the search index has a realistic vocabulary.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORE_SCHEMA, dump, load } from 'js-yaml';

const parse = (text: string) => load(text, { schema: CORE_SCHEMA }) as { id: string }[];
const stringify = (data: unknown) => dump(data, { schema: CORE_SCHEMA, lineWidth: -1 });

const { values: a } = parseArgs({
  options: { countries: { type: 'string', default: '200' }, laws: { type: 'string', default: '8' }, provisions: { type: 'string', default: '15' }, out: { type: 'string' } },
});
if (!a.out) throw new Error('usage: npm run synth -- --countries 200 --out DIR');
const [N, LAWS, PROVISIONS] = [Number(a.countries), Number(a.laws), Number(a.provisions)];
const src = resolve(import.meta.dirname, '../content');
const out = resolve(a.out);
const MARK = join(out, '.synthetic');
if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(MARK)) throw new Error(`${out} exists and was not made by synth; refusing to overwrite it`);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'countries'), { recursive: true });
writeFileSync(MARK, 'synthetic content written by scripts/synth.ts\n');
for (const f of ['instruments', 'requirements', 'crosswalk.yaml']) cpSync(join(src, f), join(out, f), { recursive: true });

// A seeded generator, so the same arguments give the same folder.
let seed = 17;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const real = readdirSync(join(src, 'countries'));
const pool = [...new Set(real.flatMap((cc) => readdirSync(join(src, 'countries', cc, 'laws'))
  .flatMap((f) => readFileSync(join(src, 'countries', cc, 'laws', f), 'utf8').match(/[a-zà-ÿ]{4,}/gi) ?? [])))];
const words = (n: number) => Array.from({ length: n }, () => pick(pool)).join(' ');
const text = (n: number) => ({ en: words(n), fr: words(n) });
const url = (...p: (string | number)[]) => `https://example.org/${p.join('/')}`;
const date = (y: number) => `${y}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
const mdx = (data: object, body: string) => `---\n${stringify(data)}---\n${body}\n`;

const requirements: string[] = readdirSync(join(src, 'requirements')).flatMap((f) => parse(readFileSync(join(src, 'requirements', f), 'utf8')).map((r) => r.id));
const instruments = readdirSync(join(src, 'instruments')).map((f) => f.replace(/\.mdx$/, ''));
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const codes = [...LETTERS].flatMap((x) => [...LETTERS].map((y) => x + y)).filter((c) => !real.includes(c));
if (N > codes.length) throw new Error(`at most ${codes.length} countries`);
const LAW_TYPES = ['counter-terrorism', 'cybercrime', 'penal-code', 'criminal-procedure', 'data-protection', 'electronic-communications', 'aml-cft', 'other'];
const RATINGS = ['compliant', 'largely-compliant', 'partially-compliant', 'non-compliant', 'not-applicable', 'not-assessed'];

for (let i = 1; i <= N; i++) {
  const cc = codes[i - 1]!;
  const dir = join(out, 'countries', cc);
  mkdirSync(join(dir, 'laws'), { recursive: true });
  const laws = Array.from({ length: LAWS }, (_, j) => `${cc}/loi-${2000 + j}-${i}`);
  const cite = () => ({ law: pick(laws), article: String(1 + Math.floor(rnd() * PROVISIONS)) });
  writeFileSync(join(dir, 'index.mdx'), mdx({
    code: cc.toUpperCase(),
    names: { en: `Synthland ${i}`, fr: `Synthlande ${i}`, ar: `سينثلاند ${i}` },
    region: pick(['west-africa', 'north-africa', 'central-africa']),
    legalTradition: { en: 'Civil law (synthetic)', fr: 'Droit civil (synthétique)' },
    languages: { official: ['fr'], working: [] },
    memberships: ['AU', pick(['ECOWAS', 'AMU', 'ECCAS'])],
    institutions: [{ name: `Unité cyber ${i}`, lang: 'fr', kind: 'cybercrime-unit', source: url(cc, 'institutions') }],
    playbook: [{ power: 'preservation', basis: [cite()], authorisedBy: text(8), sources: [url(cc, 'playbook')] }],
    summary: text(40),
    sources: [url(cc)],
    reviewed: date(2025),
  }, words(60)));
  laws.forEach((id, j) => {
    const slug = id.split('/')[1]!;
    writeFileSync(join(dir, 'laws', `${slug}.mdx`), mdx({
      country: cc,
      title: { text: `Loi n° ${2000 + j}-${i} ${words(6)}`, lang: 'fr' },
      workingTitle: text(4),
      number: `${2000 + j}-${i}`,
      type: LAW_TYPES[j % LAW_TYPES.length],
      adopted: date(2000 + j),
      status: 'in-force',
      amendmentsRecordedTo: date(2025),
      source: url(id),
      provisions: Array.from({ length: PROVISIONS }, (_, k) => ({
        article: String(k + 1),
        heading: words(3),
        excerpts: [{ text: words(25), lang: 'fr', source: url(id, k + 1) }],
        summary: text(30),
      })),
    }, words(80)));
  });
  writeFileSync(join(dir, 'ratifications.yaml'), stringify(instruments.map((instrument) => {
    const status = pick(['party', 'party', 'signatory', 'not-party', 'member', 'unknown']);
    return status === 'unknown' ? { instrument, status, note: text(15) } : { instrument, status, sources: [url(cc, instrument)] };
  })));
  writeFileSync(join(dir, 'assessments.yaml'), stringify(requirements.map((requirement) => {
    const rating = pick(RATINGS);
    const rated = RATINGS.indexOf(rating) < 3;
    return {
      requirement,
      rating,
      ...(rated ? { provisions: [cite(), cite()].filter((c, n, xs) => xs.findIndex((d) => d.law === c.law && d.article === c.article) === n) } : {}),
      rationale: text(35),
      ...(rating !== 'compliant' && rating !== 'not-assessed' ? { recommendation: text(20) } : {}),
      ...(rating !== 'not-assessed' ? { sources: [url(cc, requirement)] } : {}),
      reviewed: date(2025),
      verification: rating === 'not-assessed' ? 'unverified' : pick(['primary-text', 'secondary-source']),
    };
  })));
}
console.log(`wrote ${N} synthetic countries (${N * LAWS} laws, ${N * LAWS * PROVISIONS} provisions, ${N * requirements.length} assessments) to ${out}`);
