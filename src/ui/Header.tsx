import { createSignal, Show, type JSX } from 'solid-js';
import { online } from '../state/connectivity';
import { storageStatus } from '../state/storageStatus';
import { StorageDialog } from './onDemand';
import { language, setLanguage } from '../state/language';
import { route, routeHref } from '../state/router';
import { loadLanguage, t } from './i18n/t';

export function Header(props: { children?: JSX.Element }) {
  const [about, setAbout] = createSignal(false);
  // A language's messages are loaded before it is taken, so no screen ever mixes two; should that fail, the menu shows the language in use.
  const chooseLanguage = (select: HTMLSelectElement) => {
    const locale = select.value === 'en' ? 'en' : 'vi';
    loadLanguage(locale).then(() => setLanguage(locale), (e: unknown) => {
      console.error(e);
      select.value = language();
    });
  };
  return (
    <header class="app-header" data-region="header">
      <a class="app-title" href={routeHref({ page: 'list' })}>
        <img src="./favicon.svg" alt="" width="28" height="28" />
        <span>
          <strong>{t('appTitle')}</strong>
          <small>{t('appSubtitle')}</small>
        </span>
      </a>
      <div class="header-actions">
        <Show when={!online()}><span class="offline" data-testid="offline-indicator" role="status">{t('offline')}</span></Show>
        <button type="button" class="storage-badge" data-testid="storage-status" data-persisted={String(storageStatus().persisted)}
          title={storageStatus().persisted ? t('storagePersisted') : t('storageNotPersisted')} onClick={() => setAbout(true)}>
          {storageStatus().persisted ? t('storageBadgePersisted') : t('storageBadgeNotPersisted')}
        </button>
        {props.children}
        <a class="help-link" href={routeHref({ page: 'help' })} data-testid="help" aria-current={route().page === 'help' ? 'page' : undefined}>{t('help')}</a>
      </div>
      <Show when={about()}><StorageDialog onClose={() => setAbout(false)} /></Show>
      <label class="language">
        <span>{t('language')}</span>
        <select data-testid="language" value={language()} onChange={(e) => chooseLanguage(e.currentTarget)}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
    </header>
  );
}
