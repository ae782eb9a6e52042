/**
 * The Flags tab's container: fetches the reader's flags whenever the tab is
 * shown or a page was rescanned, sends each action to the background, keeps
 * a deleted flag for a few seconds so it can be restored, and turns an
 * export into a file. The list itself is the `FlagList` view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

import { FlagList, type ListedFlag } from '@/components/flags/FlagList';
import type { Flag, FlagImportResult } from '@/lib/flags/types';
import { t } from '@/lib/i18n/t';
import type { PanelApi } from '@/lib/panel/api';
import { downloadText, flagsFileName } from '@/lib/panel/download';
import { fromResult, type Loadable } from '@/lib/panel/loadable';

import { Loaded } from './Status';

/** How long "Flag deleted. Undo" stays. */
export const UNDO_MS = 8000;

/** The requests the Flags tab makes. */
export type FlagsApi = Pick<
  PanelApi,
  'listFlags' | 'saveFlag' | 'deleteFlag' | 'exportFlags' | 'importFlags' | 'openPage'
>;

/** Props: the requests, whether the tab is shown, and a counter that changes whenever any page was rescanned. */
export interface FlagsTabProps {
  api: FlagsApi;
  active: boolean;
  version: number;
  /** How long a delete can be undone (tests shorten it). */
  undoMs?: number;
  /** The clock for edit stamps and the export's file name. */
  now?: () => number;
  /** Saves a file; the browser's download by default. */
  download?: (text: string, fileName: string) => void;
}

/** A message about the last action: `alert` for failures, `status` for news. */
type Notice = { role: 'alert' | 'status'; text: string } | null;

/** The Flags tab. */
export function FlagsTab({
  api,
  active,
  version,
  undoMs = UNDO_MS,
  now = Date.now,
  download = downloadText,
}: FlagsTabProps) {
  const [flags, setFlags] = useState<Loadable<ListedFlag[]>>({ status: 'idle' });
  const [kept, setKept] = useState<Flag | null>(null);
  const [importResult, setImportResult] = useState<FlagImportResult | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const shown = useRef(flags);
  shown.current = flags;
  const root = useRef<HTMLDivElement>(null);
  // A selector for the control that takes focus once the list shows it.
  const focusAfter = useRef<string | null>(null);
  // Only the reply to the newest request is shown; a write makes replies asked before it stale.
  const generation = useRef(0);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  const refresh = async (): Promise<void> => {
    const ticket = ++generation.current;
    setFlags((previous) => (previous.status === 'ok' ? previous : { status: 'loading' }));
    const result = await api.listFlags();
    if (!live.current || ticket !== generation.current) return;
    // A list already shown stays when a later fetch fails; the failure is said next to it.
    if (!result.ok && shown.current.status === 'ok')
      setNotice({ role: 'alert', text: t('panelFlagsLoadError', result.error.message) });
    else setFlags(fromResult(result));
  };
  /** Shows the list as it will be after a write, and drops replies asked before it. */
  const change = (edit: (list: ListedFlag[]) => ListedFlag[]): void => {
    generation.current += 1;
    setFlags((previous) => (previous.status === 'ok' ? { status: 'ok', value: edit(previous.value) } : previous));
  };

  useEffect(() => {
    if (active) void refresh();
  }, [active, version, api]);

  // The undo offer lapses; if it had focus, focus stays in the tab rather than falling to the document.
  useEffect(() => {
    if (!kept) return undefined;
    const timer = setTimeout(() => {
      const undo = root.current?.querySelector('.flag-undo-button');
      if (undo && undo === document.activeElement) root.current?.closest<HTMLElement>('[role="tabpanel"]')?.focus();
      setKept(null);
    }, undoMs);
    return () => clearTimeout(timer);
  }, [kept, undoMs]);

  useEffect(() => {
    const selector = focusAfter.current;
    const element = selector === null ? null : root.current?.querySelector<HTMLElement>(selector);
    if (!element) return;
    focusAfter.current = null;
    element.focus();
  }, [flags, kept]);

  const onUpdate = async (flag: Flag): Promise<void> => {
    setNotice(null);
    change((list) =>
      list.map((item) => (item.id === flag.id ? { ...flag, ...(item.orphaned ? { orphaned: true } : {}) } : item)),
    );
    const result = await api.saveFlag(flag);
    if (!result.ok) setNotice({ role: 'alert', text: t('panelFlagsSaveError', result.error.message) });
    await refresh();
  };

  const onDelete = async (flag: Flag): Promise<void> => {
    setNotice(null);
    change((list) => list.filter((item) => item.id !== flag.id));
    const result = await api.deleteFlag(flag.id);
    if (!result.ok) setNotice({ role: 'alert', text: t('panelFlagsDeleteError', result.error.message) });
    else if (result.value) {
      // The pressed button is gone; the offer to undo is the natural next stop for the keyboard.
      focusAfter.current = '.flag-undo-button';
      setKept(result.value);
    }
    await refresh();
  };

  const onUndo = async (): Promise<void> => {
    if (!kept) return;
    const flag = kept;
    setKept(null);
    setNotice(null);
    focusAfter.current = `[data-flag-id="${CSS.escape(flag.id)}"] .flag-delete`;
    generation.current += 1;
    const result = await api.saveFlag(flag);
    if (!result.ok) setNotice({ role: 'alert', text: t('panelFlagsSaveError', result.error.message) });
    await refresh();
  };

  const onOpen = async (flag: Flag): Promise<void> => {
    setNotice(null);
    const result = await api.openPage(flag.pageUrl || flag.url);
    if (!result.ok) setNotice({ role: 'alert', text: t('panelFlagsOpenError', result.error.message) });
  };

  const onExport = async (): Promise<void> => {
    setNotice(null);
    const result = await api.exportFlags();
    if (!result.ok) {
      setNotice({ role: 'alert', text: t('panelFlagsExportError', result.error.message) });
      return;
    }
    const fileName = flagsFileName(new Date(now()));
    download(result.value, fileName);
    setNotice({ role: 'status', text: t('panelFlagsExported', fileName) });
  };

  const onImport = async (text: string): Promise<void> => {
    setNotice(null);
    setImportResult(null);
    generation.current += 1;
    const result = await api.importFlags(text);
    if (result.ok) setImportResult(result.value);
    else setNotice({ role: 'alert', text: t('panelFlagsImportError', result.error.message) });
    await refresh();
  };

  return (
    <div class="flags-tab" ref={root}>
      <Loaded state={flags} failure={(message) => t('panelFlagsLoadError', message)}>
        {(list) => (
          <FlagList
            flags={list}
            onOpen={(flag) => void onOpen(flag)}
            onUpdate={(flag) => void onUpdate(flag)}
            onDelete={(flag) => void onDelete(flag)}
            undoable={kept !== null}
            onUndo={() => void onUndo()}
            onExport={() => void onExport()}
            onImport={(text) => void onImport(text)}
            importResult={importResult}
            now={now}
          />
        )}
      </Loaded>
      {/* Both regions stay in the document so that a message put into them is announced. */}
      <p class="flags-notice" role="status">
        {notice?.role === 'status' ? notice.text : ''}
      </p>
      <p class="flags-problem error" role="alert">
        {notice?.role === 'alert' ? notice.text : ''}
      </p>
    </div>
  );
}
