import type { JSX } from 'solid-js';
import { language, setLanguage } from '../state/language';
import { routeHref } from '../state/router';
import { t } from './i18n/t';

export function Header(props: { children?: JSX.Element }) {
  return (
    <header class="app-header">
      <a class="app-title" href={routeHref({ page: 'list' })}>
        <img src="./favicon.svg" alt="" width="28" height="28" />
        <span>
          <strong>{t('appTitle')}</strong>
          <small>{t('appSubtitle')}</small>
        </span>
      </a>
      <div class="header-actions">{props.children}</div>
      <label class="language">
        <span>{t('language')}</span>
        <select data-testid="language" value={language()} onChange={(e) => setLanguage(e.currentTarget.value === 'en' ? 'en' : 'vi')}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
    </header>
  );
}
