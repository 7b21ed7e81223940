// npm run links: checks internal links and anchors of dist/ and lists the external source links (not fetched).
import { writeFileSync } from 'node:fs';
import { checkLinks } from '../src/lib/linkcheck.ts';

const r = checkLinks('dist', 'site');
const external = [...r.external.entries()].sort((a, b) => b[1] - a[1]);
writeFileSync('link-report.txt', `${external.map(([u, n]) => `${n}\t${u}`).join('\n')}\n`);
console.log(`${r.pages} pages, ${r.internal} internal links, ${r.broken.length} broken, ${r.missingAnchors.length} missing anchors`);
console.log(`${external.length} distinct external source links listed in link-report.txt (not fetched)`);
for (const b of [...r.broken, ...r.missingAnchors].slice(0, 50)) console.log(`  ${b}`);
process.exit(r.broken.length + r.missingAnchors.length > 0 ? 1 : 0);
