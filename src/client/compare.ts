// Compare: the selection (?c=sn&c=ml&instrument=budapest&theme=…) lives in the URL; rows and columns outside it are hidden.
const form = document.querySelector<HTMLFormElement>('#compare-form');
const table = document.querySelector<HTMLTableElement>('#compare-table');
const statusLine = document.querySelector<HTMLElement>('#compare-status');
const labels = JSON.parse(document.querySelector('#compare-labels')?.textContent ?? '{}') as { tooMany?: string };

function apply() {
  if (!form || !table) return;
  const p = new URLSearchParams(location.search);
  const chosen = p.getAll('c').slice(0, 4);
  const instrument = p.get('instrument') ?? '';
  const theme = p.get('theme') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=c]')) box.checked = chosen.includes(box.value);
  form.querySelector<HTMLSelectElement>('select[name=instrument]')!.value = instrument;
  form.querySelector<HTMLSelectElement>('select[name=theme]')!.value = theme;
  for (const cell of table.querySelectorAll<HTMLElement>('[data-c]')) cell.hidden = chosen.length > 0 && !chosen.includes(cell.dataset.c!);
  for (const row of table.querySelectorAll<HTMLElement>('tbody tr')) {
    row.hidden = (instrument !== '' && row.dataset.instrument !== instrument) || (theme !== '' && row.dataset.theme !== theme);
  }
  if (statusLine) statusLine.textContent = p.getAll('c').length > 4 ? (labels.tooMany ?? '') : '';
}

form?.addEventListener('submit', (e) => {
  e.preventDefault();
  const p = new URLSearchParams();
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=c]:checked')) p.append('c', box.value);
  for (const name of ['instrument', 'theme']) {
    const v = form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!.value;
    if (v) p.set(name, v);
  }
  history.pushState(null, '', `${location.pathname}?${p.toString()}`);
  apply();
});
window.addEventListener('popstate', apply);
apply();

export {};
