import type { INTERNET_USES } from '../schemas/common.ts';
import type { Theme } from '../schemas/common.ts';

/** Which kinds of terrorist use of the Internet each theme addresses (editorial, after the UNODC 2012 categories). */
export const THEME_USES: Record<Theme, (typeof INTERNET_USES)[number][]> = {
  'substantive-terrorism': ['propaganda', 'financing', 'training', 'planning', 'execution'],
  'substantive-cyber': ['cyberattacks', 'execution', 'financing'],
  'procedural-evidence': ['propaganda', 'financing', 'training', 'planning', 'execution', 'cyberattacks'],
  jurisdiction: ['propaganda', 'planning', 'cyberattacks'],
  'international-cooperation': ['propaganda', 'financing', 'planning', 'execution', 'cyberattacks'],
  'private-sector': ['propaganda', 'financing', 'planning'],
  safeguards: ['propaganda'],
  institutional: ['propaganda', 'financing', 'training', 'planning', 'execution', 'cyberattacks'],
};
