/**
 * Everything the options page and the toolbar popup ask of the background,
 * behind one interface so their views render with sample data in tests
 * (the same pattern as lib/panel/api).
 */
import type { LoadSummary } from '../db/load';
import type { PackMeta } from '../db/records';
import { sendToBackground } from '../messaging/client';
import type { Result } from '../messaging/result';
import type { SettingsPatch } from '../settings/migrations';
import type { Settings } from '../settings/schema';

/** The installed dataset as the views show it. */
export type DatasetInfo = PackMeta;

/** What an accepted import installed. */
export type ImportSummary = LoadSummary;

/** A muted entity, by id and display name. */
export interface MutedEntity {
  entityId: string;
  name: string;
}

/** The settings requests; every reply is a `Result`. */
export interface SettingsApi {
  getSettings: () => Promise<Result<Settings>>;
  updateSettings: (patch: SettingsPatch) => Promise<Result<Settings>>;
}

/** The options page's requests. */
export interface OptionsApi extends SettingsApi {
  resetSettings: () => Promise<Result<Settings>>;
  datasetInfo: () => Promise<Result<DatasetInfo | null>>;
  importDataset: (text: string) => Promise<Result<ImportSummary>>;
  listMutes: () => Promise<Result<MutedEntity[]>>;
  unmute: (entityId: string) => Promise<Result<null>>;
}

/** The options page's requests over extension messaging. */
export function browserOptionsApi(): OptionsApi {
  return {
    getSettings: () => sendToBackground('settings.get', {}),
    updateSettings: (patch) => sendToBackground('settings.update', { patch }),
    resetSettings: () => sendToBackground('settings.reset', {}),
    datasetInfo: () => sendToBackground('dataset.info', {}),
    importDataset: (text) => sendToBackground('dataset.import', { text }),
    listMutes: () => sendToBackground('mutes.list', {}),
    unmute: (entityId) => sendToBackground('entity.unmute', { entityId }),
  };
}
