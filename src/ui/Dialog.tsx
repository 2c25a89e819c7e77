import { t } from './i18n/t';
import { onCleanup, onMount, Show, type JSX } from 'solid-js';

/** What a keyboard user can reach inside a dialog, in document order. */
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A dialog on the native <dialog> element: focus is trapped, Escape closes it.
 * `light`: opened with `show()` rather than `showModal()`, over a backdrop of its own that takes the pointer,
 * with the focus kept inside by the dialog itself (Tab and Shift+Tab wrap) and `aria-modal` for assistive
 * technology. `showModal()` makes the whole page inert, which restyles every element of it (a plan's grid
 * included) when the dialog opens and again when it closes; a dialog that appears in the middle of a timed
 * step (the preview of a file just chosen) is light.
 */
export function Dialog(props: {
  title: string; onClose: () => void; children: JSX.Element; testId?: string; wide?: boolean; light?: boolean;
  /** `data-*` attributes of the dialog element (`{ columns: … }` is `data-columns`), for automation hooks; set once. */
  dataset?: Record<string, string>;
}) {
  let el!: HTMLDialogElement;
  // The control that opened the dialog gets the focus back when it closes (unless the owner put it elsewhere),
  // so a keyboard user goes on from where they were, not from the top of the page.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // eslint-disable-next-line solid/reactivity -- how the dialog opens is decided once
  const light = !!props.light;
  onMount(() => {
    Object.assign(el.dataset, props.dataset);
    if (!light) {
      el.showModal();
      return;
    }
    el.tabIndex = -1; // the dialog itself takes the focus when nothing in it can
    el.show();
    const first = el.querySelector<HTMLElement>('[autofocus]') ?? el.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? el).focus();
  });
  // In the next frame's callbacks: focusing lays the page out, and the dialog's action (an import into the grid)
  // has usually just changed it, so the focus is given where that frame lays the page out anyway.
  onCleanup(() => requestAnimationFrame(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && opener?.isConnected) opener.focus({ preventScroll: true });
  }));
  /** A light dialog's own Escape and focus trap (a modal one has the browser's). */
  const onKeyDown = (e: KeyboardEvent) => {
    if (!light) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
      return;
    }
    if (e.key !== 'Tab') return;
    const focusable = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => x.offsetParent !== null || x === document.activeElement);
    const [first, last] = [focusable[0], focusable[focusable.length - 1]];
    if (!first || !last) return e.preventDefault();
    if (e.shiftKey && (document.activeElement === first || document.activeElement === el)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  // Focus that leaves a light dialog (a click on its backdrop, a script) is brought back into it.
  const onFocusOut = (e: FocusEvent) => {
    if (light && el.open && !(e.relatedTarget instanceof Node && el.contains(e.relatedTarget))) queueMicrotask(() => {
      if (el.isConnected && !el.contains(document.activeElement)) el.focus();
    });
  };
  return (
    <>
      <Show when={light}>
        <div class="dialog-backdrop" aria-hidden="true" onMouseDown={(e) => e.preventDefault()}
          style={{ position: 'fixed', inset: '0', background: 'rgba(15, 23, 42, .35)', 'z-index': '1000' }} />
      </Show>
      <dialog ref={el} class="dialog" classList={{ 'dialog-wide': !!props.wide }} data-testid={props.testId}
        role={light ? 'dialog' : undefined} aria-modal={light ? 'true' : undefined}
        style={light ? { position: 'fixed', inset: '0', margin: 'auto', height: 'fit-content', 'max-height': 'calc(100vh - 32px)', overflow: 'auto', 'z-index': '1001' } : undefined}
        onKeyDown={onKeyDown} onFocusOut={onFocusOut}
        onCancel={(e) => { e.preventDefault(); props.onClose(); }}
        // The browser closes a modal dialog by itself on a second Escape, whatever `cancel` says: the dialog stays
        // for as long as its owner shows it (one that is storing, say, shows it until it is done).
        onClose={() => {
          if (!el.isConnected || el.open) return;
          if (light) el.show();
          else el.showModal();
        }}>
        <h2>{props.title}</h2>
        {props.children}
      </dialog>
    </>
  );
}
export function ConfirmDialog(props: { title: string; text: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void; danger?: boolean }) {
  return (
    <Dialog title={props.title} onClose={props.onCancel} testId="confirm-dialog">
      <p>{props.text}</p>
      <div class="dialog-actions">
        <button type="button" onClick={() => props.onCancel()}>{t('cancel')}</button>
        <button type="button" classList={{ danger: !!props.danger, primary: !props.danger }} data-testid="confirm-ok" onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
