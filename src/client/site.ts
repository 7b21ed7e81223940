// Behaviour on every page: keep the anchor when switching language; "copy citation" buttons.
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
