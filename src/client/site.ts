// Behaviour on every page: keep the anchor when switching language; "copy citation" and "pin" buttons.
import { readPins, togglePin, type Pin } from './_pins.ts';
for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  a.addEventListener('click', () => {
    if (location.hash) a.hash = location.hash;
  });
}

class CopyCitation extends HTMLElement {
  connectedCallback() {
    if (!navigator.clipboard) return;
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = this.dataset.label ?? 'Copy';
    b.addEventListener('click', () => {
      const text = this.querySelector('.citation')?.textContent ?? '';
      navigator.clipboard.writeText(text).then(
        () => (b.textContent = this.dataset.done ?? 'Copied'),
        () => (b.textContent = this.dataset.label ?? 'Copy'),
      );
    });
    this.append(b);
  }
}
customElements.define('copy-citation', CopyCitation);

/** <atlas-pin data-key data-kind data-title data-path data-label data-done>citation</atlas-pin>: a toggle that pins the item. */
class AtlasPin extends HTMLElement {
  connectedCallback() {
    const d = this.dataset;
    const pin: Pin = { key: d.key ?? '', kind: d.kind === 'assessment' ? 'assessment' : 'provision', title: d.title ?? '', path: d.path ?? '', citation: d.citation ?? '' };
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'pin';
    const show = (on: boolean) => {
      b.setAttribute('aria-pressed', String(on));
      b.textContent = on ? (d.done ?? 'Pinned') : (d.label ?? 'Pin');
    };
    show(readPins().some((p) => p.key === pin.key));
    b.addEventListener('click', () => show(togglePin(pin)));
    this.append(b);
  }
}
customElements.define('atlas-pin', AtlasPin);
