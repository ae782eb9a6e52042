/** The installed dataset pack: version, date and how many records of each kind it holds. */
import { formatDate } from '@/components/shared/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { DatasetInfo } from '@/lib/options/api';
import { COUNT_KINDS, type PackCounts } from '@/lib/options/counts';

const COUNT_WORDS: Record<keyof PackCounts, MessageKey> = {
  outlets: 'optionsCountOutlets',
  entities: 'optionsCountEntities',
  aliases: 'optionsCountAliases',
  events: 'optionsCountEvents',
  claims: 'optionsCountClaims',
  reports: 'optionsCountReports',
};

/** Props: the installed pack, or null before one is installed. */
export interface DatasetFactsProps {
  info: DatasetInfo | null;
}

/** A description list of the pack's facts. */
export function DatasetFacts({ info }: DatasetFactsProps) {
  if (info === null) return <p class="empty">{t('optionsDatasetNone')}</p>;
  return (
    <dl class="facts" data-version={info.version}>
      <div>
        <dt>{t('optionsDatasetVersion')}</dt>
        <dd class="dataset-version">{info.version}</dd>
      </div>
      <div>
        <dt>{t('optionsDatasetDate')}</dt>
        <dd>
          <time dateTime={info.date}>{formatDate(info.date)}</time>
        </dd>
      </div>
      {COUNT_KINDS.map((kind) => (
        <div key={kind}>
          <dt>{t(COUNT_WORDS[kind])}</dt>
          <dd data-count={kind}>{info.counts[kind].toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}
