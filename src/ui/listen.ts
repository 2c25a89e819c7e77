import { onCleanup } from 'solid-js';

/**
 * Listens to an event for as long as the calling component lives: added now, removed with the owner, so a
 * listener can never outlive its page. Must be called inside a Solid owner.
 */
export function useListener<K extends keyof WindowEventMap>(target: Window, type: K, handler: (e: WindowEventMap[K]) => void): void;
export function useListener<K extends keyof DocumentEventMap>(target: Document, type: K, handler: (e: DocumentEventMap[K]) => void): void;
export function useListener(target: EventTarget, type: string, handler: (e: Event) => void): void {
  target.addEventListener(type, handler);
  onCleanup(() => target.removeEventListener(type, handler));
}
