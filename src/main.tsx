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
// The remembered language's messages first (English loads on demand), so the first screen is in one language.
void loadLanguage(language()).catch((e: unknown) => console.error(e)).finally(() => {
  if (root) render(() => <AppProvider services={services}><App /></AppProvider>, root);
});
