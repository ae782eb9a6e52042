/** Hover: how long the pointer rests before a popover is prepared and shown, and how long it stays after. */
import { t, type MessageKey } from '@/lib/i18n/t';
import { DELAY_FIELDS } from '@/lib/options/delays';
import type { SettingsPatch } from '@/lib/settings/migrations';
import { HOVER_LIMITS, type HoverSettings, type Settings } from '@/lib/settings/schema';

import { DelayField } from './DelayField';
import { Section } from './Section';

/** Props: the settings and how to change them. */
export interface HoverSectionProps {
  settings: Settings;
  onUpdate: (patch: SettingsPatch) => void;
}

const WORDS: Record<keyof HoverSettings, { label: MessageKey; hint: MessageKey }> = {
  prepareMs: { label: 'optionsPrepareLabel', hint: 'optionsPrepareHint' },
  showMs: { label: 'optionsShowDelayLabel', hint: 'optionsShowDelayHint' },
  graceMs: { label: 'optionsGraceLabel', hint: 'optionsGraceHint' },
};

/** The hover section. */
export function HoverSection({ settings, onUpdate }: HoverSectionProps) {
  return (
    <Section
      id="hover"
      title={t('optionsHoverTitle')}
      intro={t('optionsHoverIntro', HOVER_LIMITS.min, HOVER_LIMITS.max)}
    >
      <div class="fields">
        {DELAY_FIELDS.map((key) => (
          <DelayField
            key={key}
            id={`delay-${key}`}
            label={t(WORDS[key].label)}
            hint={t(WORDS[key].hint)}
            value={settings.hover[key]}
            onSave={(value) => onUpdate({ hover: { [key]: value } })}
          />
        ))}
      </div>
    </Section>
  );
}
