// The pins page: list, remove, export as CSV, print.
import { hrefFor } from './_root.ts';
import { pinsCsv, readPins, writePins } from './_pins.ts';

const app = document.querySelector<HTMLElement>('#pins-app');
const list = document.querySelector<HTMLOListElement>('#pins-list');
const empty = document.querySelector<HTMLElement>('#pins-empty');
const L = JSON.parse(document.querySelector('#pins-labels')?.textContent ?? '{}') as { remove: string };

function render() {
  if (!app || !list || !empty) return;
  app.hidden = false;
  const pins = readPins();
  empty.hidden = pins.length > 0;
  list.replaceChildren(
    ...pins.map((p) => {
      const li = document.createElement('li');
      const a = Object.assign(document.createElement('a'), { href: hrefFor(p.path), textContent: p.title });
      const cite = Object.assign(document.createElement('p'), { className: 'citation', textContent: p.citation });
      const rm = Object.assign(document.createElement('button'), { type: 'button', textContent: L.remove, className: 'no-print' });
      rm.addEventListener('click', () => {
        writePins(readPins().filter((x) => x.key !== p.key));
        render();
      });
      li.append(a, cite, rm);
      return li;
    }),
  );
}

document.querySelector('#pins-csv')?.addEventListener('click', () => {
  const blob = new Blob([pinsCsv(readPins())], { type: 'text/csv;charset=utf-8' });
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'atlas-pins.csv' });
  document.body.append(a);
  a.click();
  a.remove();
});
document.querySelector('#pins-print')?.addEventListener('click', () => window.print());
document.querySelector('#pins-clear')?.addEventListener('click', () => {
  writePins([]);
  render();
});
render();
