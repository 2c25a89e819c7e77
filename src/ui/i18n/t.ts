import { createSignal } from 'solid-js';
import type { Locale } from '../../domain/rate';
import { language } from '../../state/language';
import { vi, type MessageKey } from './vi';

/** Vietnamese, the default, is always here; English is loaded when it is first chosen (or remembered), by `loadLanguage`. */
const [english, setEnglish] = createSignal<Record<MessageKey, string>>();

/**
 * A message in the current language, with `{name}` placeholders filled in, and `{name|one|other}` choosing the
 * word that agrees with a count (`1 error`, `2 errors`; Vietnamese needs none). Reactive: reads the language signal.
 */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  // English before its messages are here happens only if loading them failed at start: Vietnamese then, not blanks.
  const dictionary = language() === 'en' ? (english() ?? vi) : vi;
  return fillMessage(dictionary[key], params);
}

/**
 * The lookup of a feature's own messages, in both languages: like `t()`, over a dictionary that is imported with
 * the feature's code (the follow-up's, the province's, a file's problems…), so the first screen never loads it.
 */
export function messagesOf<K extends string>(vi: Record<K, string>, en: Record<K, string>) {
  return (key: K, params?: Record<string, string | number>): string => fillMessage((language() === 'en' ? en : vi)[key], params);
}

/** A message's `{name}` and `{name|one|other}` placeholders filled in from `params` (every dictionary's one rule). */
export function fillMessage(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, other: string) => (name in params ? (isOne(params[name]!) ? one : other) : m))
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A count of one, given as a number or as the text of a formatted count. */
const isOne = (value: string | number) => (typeof value === 'number' ? value === 1 : value.trim() === '1');

/** Makes a language's messages available; the language is then taken with `setLanguage` (state/language.ts). */
export async function loadLanguage(locale: Locale): Promise<void> {
  if (locale === 'en' && !english()) {
    // Loaded here, not through ui/onDemand.ts: that registry reaches every lazy feature, and each of them uses t().
    const { en } = await import('./en');
    setEnglish(() => en);
  }
}

export type { MessageKey };
