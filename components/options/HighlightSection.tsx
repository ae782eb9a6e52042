/** Highlights: their style, their colours, which kinds are shown, and a live preview. */
import { t } from '@/lib/i18n/t';
import type { SettingsPatch } from '@/lib/settings/migrations';
import type { HighlightStyle, Palette, Settings } from '@/lib/settings/schema';

import { HighlightPreview } from './HighlightPreview';
import { RadioGroup } from './RadioGroup';
import { Section } from './Section';

/** Props: the settings and how to change them. */
export interface HighlightSectionProps {
  settings: Settings;
  onUpdate: (patch: SettingsPatch) => void;
}

/** The highlights section. */
export function HighlightSection({ settings, onUpdate }: HighlightSectionProps) {
  const styles = [
    { value: 'background', label: t('optionsStyleBackground'), hint: t('optionsStyleBackgroundHint') },
    { value: 'underline', label: t('optionsStyleUnderline'), hint: t('optionsStyleUnderlineHint') },
  ] as const;
  const palettes = [
    { value: 'standard', label: t('optionsPaletteStandard') },
    { value: 'distinct', label: t('optionsPaletteDistinct'), hint: t('optionsPaletteDistinctHint') },
  ] as const;
  const kinds = [
    { key: 'entities', label: t('optionsShowEntities'), hint: t('optionsShowEntitiesHint') },
    { key: 'claims', label: t('optionsShowClaims'), hint: t('optionsShowClaimsHint') },
    { key: 'flags', label: t('optionsShowFlags'), hint: t('optionsShowFlagsHint') },
  ] as const;
  return (
    <Section id="highlights" title={t('optionsHighlightsTitle')}>
      <div class="columns">
        <div>
          <RadioGroup<HighlightStyle>
            name="style"
            legend={t('optionsStyleLegend')}
            choices={styles}
            value={settings.highlightStyle}
            onChange={(highlightStyle) => onUpdate({ highlightStyle })}
          />
          <RadioGroup<Palette>
            name="palette"
            legend={t('optionsPaletteLegend')}
            choices={palettes}
            value={settings.palette}
            onChange={(palette) => onUpdate({ palette })}
          />
          <fieldset class="group">
            <legend>{t('optionsShowLegend')}</legend>
            {kinds.map((kind) => (
              <div class="choice" key={kind.key}>
                <input
                  type="checkbox"
                  id={`show-${kind.key}`}
                  checked={settings.show[kind.key]}
                  aria-describedby={`show-${kind.key}-hint`}
                  onChange={(event) => onUpdate({ show: { [kind.key]: event.currentTarget.checked } })}
                />
                <label for={`show-${kind.key}`}>{kind.label}</label>
                <p class="hint" id={`show-${kind.key}-hint`}>
                  {kind.hint}
                </p>
              </div>
            ))}
          </fieldset>
        </div>
        <HighlightPreview look={{ style: settings.highlightStyle, palette: settings.palette }} show={settings.show} />
      </div>
    </Section>
  );
}
