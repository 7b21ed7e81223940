import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { formatDate, frenchSpacing, pick, t } from '../../src/i18n/index.ts';
import { RATINGS, THEMES } from '../../src/schemas/common.ts';

describe('interface dictionaries', () => {
  it('define exactly the same keys in French and English, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(fr)]) expect(v.trim(), k).not.toBe('');
  });

  it('label every rating and theme in both languages, with the French scale of the README', () => {
    for (const r of RATINGS) expect(en[`rating.${r}`]).toBeTruthy();
    for (const th of THEMES) expect(fr[`theme.${th}`]).toBeTruthy();
    expect(RATINGS.map((r) => fr[`rating.${r}`])).toEqual(['Conforme', 'Largement conforme', 'Partiellement conforme', 'Non conforme', 'Non applicable', 'Non évalué']);
  });

  it('fills placeholders and applies French spacing before high punctuation', () => {
    expect(t('en', 'assess.reviewed', { date: 'today' })).toBe('Reviewed on today');
    expect(t('fr', 'home.tasks')).toBe('Que cherchez-vous\u202f?');
    expect(frenchSpacing('Note : oui ; non !')).toBe('Note\u202f: oui\u202f; non\u202f!');
  });

  it('formats dates per locale', () => {
    expect(formatDate('fr', '2008-01-25')).toBe('25 janvier 2008');
    expect(formatDate('en', '2008-01-25')).toBe('25 January 2008');
  });

  it('falls back to the other language and says so', () => {
    expect(pick('en', { fr: 'seulement' })).toEqual({ text: 'seulement', lang: 'fr', fallback: true });
    expect(pick('fr', { fr: 'oui', en: 'yes' })).toEqual({ text: 'oui', lang: 'fr', fallback: false });
    expect(pick('fr', undefined)).toBeUndefined();
  });
});
