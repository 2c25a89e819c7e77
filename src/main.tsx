import { render } from 'solid-js/web';
import { App } from './ui/App';
import './ui/styles.css';

import { startServiceWorker } from './state/appUpdate';
import { followUpgradesElsewhere } from './state/lifecycle';
import { refreshStorageStatus } from './state/storageStatus';

const root = document.getElementById('app');
startServiceWorker();
followUpgradesElsewhere();
// Ask the browser to keep the data (granted silently or not at all, depending on the browser).
void refreshStorageStatus(true);
if (root) render(() => <App />, root);
