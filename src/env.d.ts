/** The app's version (package.json), written into exported files. */
declare const __APP_VERSION__: string;
