import { language } from '../../state/language';
import { en } from './en';
import { vi, type MessageKey } from './vi';

const dictionaries = { vi, en } as const;

/** A message in the current language, with `{name}` placeholders filled in. Reactive: reads the language signal. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = dictionaries[language()][key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

export type { MessageKey };
