import { t } from './i18n/t';
import { onCleanup, onMount, type JSX } from 'solid-js';

/** A modal dialog on the native <dialog> element: focus is trapped, Escape closes it. */
export function Dialog(props: {
  title: string; onClose: () => void; children: JSX.Element; testId?: string; wide?: boolean;
  /** `data-*` attributes of the dialog element (`{ columns: … }` is `data-columns`), for automation hooks; set once. */
  dataset?: Record<string, string>;
}) {
  let el!: HTMLDialogElement;
  // The control that opened the dialog gets the focus back when it closes (unless the owner put it elsewhere),
  // so a keyboard user goes on from where they were, not from the top of the page.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  onMount(() => {
    Object.assign(el.dataset, props.dataset);
    el.showModal();
  });
  onCleanup(() => queueMicrotask(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && opener?.isConnected) opener.focus();
  }));
  return (
    <dialog ref={el} class="dialog" classList={{ 'dialog-wide': !!props.wide }} data-testid={props.testId}
      onCancel={(e) => { e.preventDefault(); props.onClose(); }}
      // The browser closes a modal dialog by itself on a second Escape, whatever `cancel` says: the dialog stays
      // for as long as its owner shows it (one that is storing, say, shows it until it is done).
      onClose={() => { if (el.isConnected && !el.open) el.showModal(); }}>
      <h2>{props.title}</h2>
      {props.children}
    </dialog>
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
