// npm run build [-- astro build options]: `astro build` with the memory settings that keep a build of 200
// countries within 2 GB (npm run synth / npm run bench; README, "Scaling"):
// - Node's heap limited to 1 GB, with a larger young generation (fewer full collections while rendering pages);
// - MIMALLOC_PURGE_DELAY=0: the bundler (Rolldown, inside Vite) allocates with mimalloc, which otherwise keeps
//   the memory it freed after bundling, hundreds of megabytes for the rest of the build.
// Where the system allows it, this process becomes the build (execve) rather than waiting beside it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const args = ['--max-old-space-size=1024', '--max-semi-space-size=32', astro, 'build', ...process.argv.slice(2)];
const env = { MIMALLOC_PURGE_DELAY: '0', ...process.env };
if (process.platform !== 'win32' && typeof process.execve === 'function') process.execve(process.execPath, [process.execPath, ...args], env);
const r = spawnSync(process.execPath, args, { stdio: 'inherit', env });
process.exit(r.status ?? 1);
