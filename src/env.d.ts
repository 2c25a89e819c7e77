/** The app's version (package.json), written into exported files. */
declare const __APP_VERSION__: string;
/** The nonce this build's Content-Security-Policy allows for the grid's injected styles ('' outside a build). */
declare const __STYLE_NONCE__: string;

/** The File Handling API of installed web apps (Chromium): files opened with the app. */
interface Window {
  launchQueue?: { setConsumer(consumer: (params: { files: readonly FileSystemFileHandle[] }) => void): void };
}
