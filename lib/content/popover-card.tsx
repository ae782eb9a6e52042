/**
 * What the popover of a highlight shows: the request that fetches it from the
 * background, and the card's label and body once it arrived (a claim's
 * comparison, an entity's view, a flag). The container that places and times
 * the popover is popover.tsx.
 */
import { render, type ComponentChild } from 'preact';

import type { PopoverAction } from '../../components/popover/Actions';
import { ClaimPopover } from '../../components/popover/ClaimPopover';
import { EntityPopover } from '../../components/popover/EntityPopover';
import { FlagPopover } from '../../components/popover/FlagPopover';
import { PopoverError, PopoverLoading } from '../../components/popover/PopoverShell';
import type { ClaimComparison, EntityView } from '../compare/types';
import type { Flag } from '../flags/types';
import { t } from '../i18n/t';
import type { ClaimHit, EntityHit, FlagHit } from '../match/types';
import type { SendToBackground } from '../messaging/client';
import type { Result } from '../messaging/result';

/** A highlight the reader can open. */
export type PopoverHit = ClaimHit | EntityHit | FlagHit;

/** The background's answer for a highlight. */
export type Loaded = Result<ClaimComparison> | Result<EntityView> | Result<Flag>;

/** Asks the background for what the popover of `hit` shows; `outletId` is the page's outlet, left out of comparisons. */
export function requestCard(send: SendToBackground, hit: PopoverHit, outletId: string | null): Promise<Loaded> {
  if (hit.kind === 'claim') return send('claim.compare', { claimId: hit.id, outletId });
  if (hit.kind === 'entity') return send('entity.view', { entityId: hit.id });
  return send('flags.get', { id: hit.id });
}

/** The card's label and body for `hit`, from what was loaded for it (null while it is on its way). */
export function cardContent(
  hit: PopoverHit,
  loaded: Loaded | null,
  hereName: string | null,
  onAction: (action: PopoverAction) => void,
): { label: string; body: ComponentChild } {
  if (loaded && !loaded.ok)
    return { label: t('popoverDialogFallback'), body: <PopoverError message={loaded.error.message} /> };
  if (loaded?.ok && hit.kind === 'claim') {
    const comparison = loaded.value as ClaimComparison;
    return {
      label: comparison.event.title,
      body: <ClaimPopover comparison={comparison} why={hit.why} hereName={hereName} onAction={onAction} />,
    };
  }
  if (loaded?.ok && hit.kind === 'entity') {
    const view = loaded.value as EntityView;
    return { label: view.entity.name, body: <EntityPopover view={view} why={hit.why} onAction={onAction} /> };
  }
  if (loaded?.ok && hit.kind === 'flag') {
    const flag = loaded.value as Flag;
    return { label: flag.quote, body: <FlagPopover flag={flag} own={hit.own} onAction={onAction} /> };
  }
  return { label: t('popoverDialogFallback'), body: <PopoverLoading /> };
}

/**
 * Draws `card` once inside `container`, out of sight, and removes it. The first card drawn on a page runs
 * its views' code and works out its styles for the first time, which on a slow machine takes longer than a
 * frame; done while the reader waits, it leaves showing the card quick.
 */
export function drawOutOfSight(container: HTMLElement, card: ComponentChild): void {
  const scratch = document.createElement('div');
  scratch.style.cssText = 'position: fixed; left: -10000px; top: 0; visibility: hidden';
  container.append(scratch);
  render(card, scratch);
  scratch.getBoundingClientRect();
  render(null, scratch);
  scratch.remove();
}
