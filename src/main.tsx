// First: the database opens while the rest of the code is evaluated (see startStore.ts).
import { appStore } from './state/startStore';
import { render } from 'solid-js/web';
import { App } from './ui/App';
import { AppProvider } from './ui/appContext';
import { loadLanguage } from './ui/i18n/t';
// The app's style sheets: the page and its parts, the grids, the monthly follow-up, the printed appendix, the other pages.
import './ui/styles/base.css';
import './ui/styles/grid.css';
import './ui/styles/monitoring.css';
import './ui/styles/print.css';
import './ui/styles/pages.css';

import { startServiceWorker } from './state/appUpdate';
import { language } from './state/language';
import { createAppServices } from './state/appServices';
import { followUpgradesElsewhere } from './state/lifecycle';

const root = document.getElementById('app');
const services = createAppServices(appStore);
startServiceWorker();
followUpgradesElsewhere(services);
// The first screen is drawn once, with what it shows: after the remembered language's messages (English loads on
// demand), so it is in one language, and once the database answered (open, failed, or another tab holds it: the
// app says which), so the browser does not lay out and paint a loading screen while a first visit creates the
// database. A database that never answers delays it by a second at most.
const storageAnswered = new Promise<void>((answered) => {
  appStore.open(() => answered()).then(() => answered(), () => answered());
  setTimeout(answered, 1000);
});
void Promise.all([loadLanguage(language()).catch((e: unknown) => console.error(e)), storageAnswered]).finally(() => {
  if (root) render(() => <AppProvider services={services}><App /></AppProvider>, root);
});
