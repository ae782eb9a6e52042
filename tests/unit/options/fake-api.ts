/**
 * Options and popup APIs over an in-memory settings record and a real
 * database (fake-indexeddb) holding a small pack, recording what was asked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { getInstalledPack, loadPack } from '@/lib/db/load';
import { ParallaxDB } from '@/lib/db/schema';
import { err, ok, type AppError, type Result } from '@/lib/messaging/result';
import type { ActiveTab } from '@/lib/options/active-tab';
import type { MutedEntity, OptionsApi } from '@/lib/options/api';
import type { PopupApi } from '@/lib/options/popup-api';
import type { PanelTarget } from '@/lib/options/side-panel';
import { applyPatch, type SettingsPatch } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

/** The bundled pack, installed before each test. */
export const PACK_TEXT = readFileSync(resolve('assets/pack/parallax.pack.json'), 'utf8');

/** What the fake was asked, and switches to make it fail. */
export interface FakeState {
  settings: Settings;
  patches: SettingsPatch[];
  mutes: MutedEntity[];
  unmuted: string[];
  imports: number;
  panelOpens: PanelTarget[];
  optionsOpened: number;
  closed: number;
  /** The next settings update fails with this error. */
  failNextUpdate: AppError | null;
}

/** A fake of both APIs sharing one state; `tab` is what the popup's tab lookup finds. */
export async function fakeApis(
  tab: ActiveTab = { tabId: 7, windowId: 1, site: 'huffingtonpost.co.uk', reason: null },
  withPanel = true,
) {
  const db = new ParallaxDB();
  const installed = await loadPack(db, JSON.parse(PACK_TEXT));
  if (!installed.ok) throw new Error(installed.error.message);
  const state: FakeState = {
    settings: structuredClone(DEFAULT_SETTINGS),
    patches: [],
    mutes: [
      { entityId: 'darya-dugina', name: 'Darya Dugina' },
      { entityId: 'luhansk-peoples-republic', name: "Luhansk People's Republic" },
    ],
    unmuted: [],
    imports: 0,
    panelOpens: [],
    optionsOpened: 0,
    closed: 0,
    failNextUpdate: null,
  };
  // Replies are copies, as extension messaging gives them.
  const copy = <T>(value: T): Result<T> => ok(structuredClone(value));
  const getSettings = async () => copy(state.settings);
  const updateSettings = async (patch: SettingsPatch): Promise<Result<Settings>> => {
    state.patches.push(structuredClone(patch));
    if (state.failNextUpdate) {
      const error = state.failNextUpdate;
      state.failNextUpdate = null;
      return err(error);
    }
    state.settings = applyPatch(state.settings, patch);
    return copy(state.settings);
  };
  const datasetInfo = async () => copy(await getInstalledPack(db));

  const options: OptionsApi = {
    getSettings,
    updateSettings,
    resetSettings: async () => {
      state.settings = structuredClone(DEFAULT_SETTINGS);
      return copy(state.settings);
    },
    datasetInfo,
    importDataset: async (text) => {
      state.imports += 1;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return err({ code: 'failed', message: `The file is not valid JSON: ${String(error)}` });
      }
      const result = await loadPack(db, parsed, { force: true });
      return result.ok ? ok(result.value) : err({ code: 'failed', message: result.error.message });
    },
    listMutes: async () => copy(state.mutes),
    unmute: async (entityId) => {
      state.unmuted.push(entityId);
      state.mutes = state.mutes.filter((m) => m.entityId !== entityId);
      return ok(null);
    },
  };

  const popup: PopupApi = {
    getSettings,
    updateSettings,
    datasetInfo,
    activeTab: async () => tab,
    openSidePanel: withPanel
      ? async (target) => {
          state.panelOpens.push(target);
          return ok(null);
        }
      : null,
    openOptions: async () => {
      state.optionsOpened += 1;
      return ok(null);
    },
    close: () => void (state.closed += 1),
  };
  return { options, popup, state };
}
