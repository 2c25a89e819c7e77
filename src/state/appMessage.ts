import { createSignal } from 'solid-js';

/**
 * What the app says about a file or a proposal the user just applied ("Đã nhập…", "Đã áp dụng đề xuất…", or why a
 * file was refused): one message at a time, shown over the page's corner until closed or replaced (`App.tsx`). A
 * refused edit of the plan is said by the plan page itself, above its grid.
 */
const [appMessage, setAppMessage] = createSignal('');

export { appMessage };
/** Says `text` in place of the message shown; '' closes it. */
export const sayToUser = (text: string) => setAppMessage(text);
