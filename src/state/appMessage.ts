import { createSignal } from 'solid-js';

/**
 * What the app says about an action the user took and that went well ("Đã nhập…", "Đã áp dụng đề xuất…"): one
 * message at a time, shown over the page's corner until closed or replaced (`App.tsx`). A refusal or a problem is
 * not said here: the page says it in its place, as an alert.
 */
const [appMessage, setAppMessage] = createSignal('');

export { appMessage };
/** Says `text` in place of the message shown; '' closes it. */
export const sayToUser = (text: string) => setAppMessage(text);
