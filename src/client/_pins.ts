// Pinned provisions and assessments, kept in the browser's local storage (no account; works from file:// too).
export interface Pin {
  key: string;
  kind: 'provision' | 'assessment';
  title: string;
  /** Site path, e.g. "/fr/laws/sn/loi-2008-11/#art-431-8". */
  path: string;
  citation: string;
}

const STORE = 'atlas-pins';

export function readPins(): Pin[] {
  try {
    const v = JSON.parse(localStorage.getItem(STORE) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as Pin[]) : [];
  } catch {
    return [];
  }
}

export function writePins(pins: Pin[]): void {
  localStorage.setItem(STORE, JSON.stringify(pins));
}

export function togglePin(pin: Pin): boolean {
  const pins = readPins();
  const i = pins.findIndex((p) => p.key === pin.key);
  if (i >= 0) pins.splice(i, 1);
  else pins.push(pin);
  writePins(pins);
  return i < 0;
}

/** CSV of the pinned set, with a BOM for Excel; every field quoted. */
export function pinsCsv(pins: Pin[]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = [['kind', 'title', 'citation', 'link'], ...pins.map((p) => [p.kind, p.title, p.citation, p.path])];
  return `\uFEFF${rows.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
}
