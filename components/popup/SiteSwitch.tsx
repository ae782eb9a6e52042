/** The popup's switch for the current site, or why there is none. */
import { t } from '@/lib/i18n/t';
import type { ActiveTab } from '@/lib/options/active-tab';
import { isSiteOff } from '@/lib/options/sites';
import type { Loadable } from '@/lib/panel/loadable';
import type { Settings } from '@/lib/settings/schema';

import { Switch } from '../options/Switch';

/** Props: the tab as found, the settings, and the switch's effect. */
export interface SiteSwitchProps {
  tab: Loadable<ActiveTab>;
  settings: Settings;
  onSwitch: (site: string, on: boolean) => void;
}

/** The current site's name and switch. */
export function SiteSwitch({ tab, settings, onSwitch }: SiteSwitchProps) {
  if (tab.status !== 'ok') return tab.status === 'loading' ? <p class="loading">{t('optionsLoading')}</p> : null;
  const { site, reason } = tab.value;
  if (site === null) {
    return (
      <p class="no-site" data-reason={reason ?? ''}>
        {reason === 'not-web' ? t('popupNotWeb') : t('popupNoAddress')}
      </p>
    );
  }
  const on = !isSiteOff(settings, site);
  const hint = !settings.enabled ? t('popupOffEverywhereHint') : on ? null : t('popupSiteOffHint');
  return (
    <div class="site-switch" data-site={site}>
      <p class="site-name" title={site}>
        {site}
      </p>
      <Switch
        id="site-enabled"
        label={t('popupOnForSite', site)}
        checked={on}
        hint={hint}
        onChange={(next) => onSwitch(site, next)}
      />
    </div>
  );
}
