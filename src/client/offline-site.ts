// Download page: save the site in this browser (service worker, src/worker/service-worker.ts) on request,
// show how far saving has gone and whether the site is available offline, and remove the copy on request.
import { siteRoot } from './_root.ts';

interface Labels { none: string; saving: string; saved: string; failed: string; date: string }

const app = document.querySelector<HTMLElement>('#offline-app');
if (app && 'serviceWorker' in navigator && 'caches' in window && location.protocol !== 'file:') {
  const L = JSON.parse(document.querySelector('#offline-labels')?.textContent ?? '{}') as Labels;
  const status = app.querySelector<HTMLElement>('#offline-status')!;
  const save = app.querySelector<HTMLButtonElement>('#offline-save')!;
  const remove = app.querySelector<HTMLButtonElement>('#offline-remove')!;
  const root = siteRoot();
  const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));
  app.hidden = false;

  let run = 0;
  const show = async (): Promise<void> => {
    const mine = ++run; // only the latest look at the state may write it
    const reg = await navigator.serviceWorker.getRegistration(root);
    if (mine !== run) return;
    if (!reg) {
      status.textContent = L.none;
      save.hidden = false;
      remove.hidden = true;
      return;
    }
    save.hidden = true;
    remove.hidden = false;
    const m = (await (await fetch(`${root}sw-manifest.json`, { cache: 'no-store' })).json()) as { version: string; files: string[] };
    const n = (await (await caches.open(`atlas-${m.version}`)).keys()).length;
    const total = m.files.length;
    if (mine !== run) return;
    if (n >= total && reg.active) {
      status.textContent = fill(L.saved, { total, date: L.date });
      return;
    }
    if (reg.installing === null && reg.waiting === null && reg.active === null) {
      status.textContent = L.failed;
      return;
    }
    status.textContent = fill(L.saving, { n, total });
    setTimeout(() => void refresh(), 500);
  };
  const refresh = () =>
    show().catch(() => {
      status.textContent = L.failed;
    });

  save.addEventListener('click', async () => {
    save.hidden = true;
    try {
      const reg = await navigator.serviceWorker.register(`${root}sw.js`, { scope: root });
      reg.installing?.addEventListener('statechange', (e) => {
        if ((e.target as ServiceWorker).state === 'redundant') status.textContent = L.failed;
      });
    } catch {
      status.textContent = L.failed;
      save.hidden = false;
      return;
    }
    void refresh();
  });
  remove.addEventListener('click', async () => {
    await (await navigator.serviceWorker.getRegistration(root))?.unregister();
    for (const key of await caches.keys()) if (key.startsWith('atlas-')) await caches.delete(key);
    void refresh();
  });
  void refresh();
}

export {};
