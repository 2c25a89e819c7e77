import { createSignal } from 'solid-js';
import type { Locale } from '../domain/rate';

/** The interface language: Vietnamese by default, remembered on this computer. */
const KEY = 'dvctt.language';

function initial(): Locale {
  if (typeof localStorage === 'undefined') return 'vi';
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

const first = initial();
const [language, setLanguageSignal] = createSignal<Locale>(first);
export { language };

export function setLanguage(locale: Locale): void {
  setLanguageSignal(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this visit.
  }
}
if (typeof document !== 'undefined') document.documentElement.lang = first;
