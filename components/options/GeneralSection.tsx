/** General: Parallax on everywhere, and the sites where it is off. */
import { t } from '@/lib/i18n/t';
import { withoutSite, withSite } from '@/lib/options/sites';
import type { SettingsPatch } from '@/lib/settings/migrations';
import type { Settings } from '@/lib/settings/schema';

import { Section } from './Section';
import { SiteList } from './SiteList';
import { Switch } from './Switch';

/** Props: the settings and how to change them. */
export interface GeneralSectionProps {
  settings: Settings;
  onUpdate: (patch: SettingsPatch) => void;
}

/** The general section. */
export function GeneralSection({ settings, onUpdate }: GeneralSectionProps) {
  return (
    <Section id="general" title={t('optionsGeneralTitle')}>
      <Switch
        id="enabled"
        label={t('optionsEnabledLabel')}
        checked={settings.enabled}
        hint={settings.enabled ? t('optionsEnabledHint') : t('optionsDisabledHint')}
        onChange={(enabled) => onUpdate({ enabled })}
      />
      <SiteList
        sites={settings.disabledSites}
        onAdd={(site) => onUpdate({ disabledSites: withSite(settings.disabledSites, site) })}
        onRemove={(site) => onUpdate({ disabledSites: withoutSite(settings.disabledSites, site) })}
      />
    </Section>
  );
}
