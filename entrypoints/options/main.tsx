/**
 * The options page, opened in a tab. It asks again for the settings, the muted
 * entities and the dataset whenever it becomes visible, since the popup or a
 * page's popover may have changed them meanwhile.
 */
import '@/assets/styles/options.css';

import { render } from 'preact';

import { OptionsApp } from '@/components/options/OptionsApp';
import { t } from '@/lib/i18n/t';
import { browserOptionsApi } from '@/lib/options/api';

const root = document.getElementById('app');
const api = browserOptionsApi();
let refresh = 0;

function draw(): void {
  if (root) render(<OptionsApp api={api} refresh={refresh} />, root);
}

document.title = t('optionsTitle');
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState !== 'visible') return;
  refresh += 1;
  draw();
});
draw();
