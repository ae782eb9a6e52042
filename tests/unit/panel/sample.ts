/**
 * Sample comparisons for the panel's tests, built with the real comparison
 * code from records shaped like the pack's: Ukraine's army's 45,000 killed
 * against US sources' 75,000–80,000 killed and injured, and an outlet that
 * states as fact what the others attribute.
 */
import { compareEvent } from '@/lib/compare/event';
import type { EventComparison, OutletReport } from '@/lib/compare/types';
import type { Certainty, Claim, Figure, Outlet, PackEvent, Report } from '@/lib/dataset/types';

/** An outlet with a readable name. */
export const outlet = (id: string, name: string): Outlet => ({
  id,
  name,
  domains: [`${id}.example`],
  country: 'GB',
  language: 'en',
});

/** The outlet of the page being read in most samples. */
export const EXPRESS = outlet('daily-express', 'Daily Express');
/** An outlet that attributes the claim. */
export const KYIV = outlet('kyiv-post', 'Kyiv Post');
/** An outlet that hedges, with no date and no headline. */
export const NEWSWEEK = outlet('newsweek', 'Newsweek');
/** An outlet that covered related events only. */
export const BEYOND = outlet('beyond-news', 'Beyond News');

const killed = (value: number, source: string): Figure => ({
  value,
  unit: 'people',
  what: 'Russian soldiers killed',
  source,
  measure: 'russian-troops-killed',
});

/** One outlet's report of a claim. */
export function report(
  out: Outlet,
  claimId: string,
  fields: {
    date: string | null;
    certainty: Certainty;
    attributedTo?: string[];
    figures?: Figure[];
    headline?: string | null;
    keyTerms?: string[];
  },
): OutletReport {
  const value: Report = {
    id: `${out.id}--${claimId}`,
    claimId,
    eventId: 'casualties',
    outletId: out.id,
    url: `https://${out.id}.example/${claimId}`,
    date: fields.date,
    headline: fields.headline === undefined ? `${out.name} on ${claimId}` : fields.headline,
    attributedTo: fields.attributedTo ?? [],
    certainty: fields.certainty,
    figures: fields.figures ?? [],
    keyTerms: fields.keyTerms ?? [],
  };
  return { report: value, outlet: out };
}

/** The sample event. */
export const EVENT: PackEvent = {
  id: 'casualties',
  title: 'Estimates of Russian losses, August 2022',
  date: { start: '2022-08-08', end: '2022-08-23' },
  place: 'Ukraine',
  summary: 'Ukraine counted about 45,000 Russian dead; US officials put dead and wounded together at 70,000 to 80,000.',
  entityIds: [],
};

const claim = (id: string, statement: string): Claim => ({
  id,
  eventId: EVENT.id,
  statement,
  hints: { terms: [], entityIds: [] },
});
/** Ukraine's count of the dead. */
export const KILLED = claim('ukraine-45000-killed', "Ukraine's army put Russian dead at about 45,000.");
/** US sources' count of dead and wounded together. */
export const US = claim('us-killed-and-wounded', 'US sources put Russian dead and wounded at 75,000 to 80,000.');

/** The casualty event compared from the Express's point of view. */
export function casualtyComparison(hereOutletId: string | null = EXPRESS.id): EventComparison {
  const reports = [
    report(EXPRESS, KILLED.id, {
      date: '2022-08-23',
      certainty: 'asserted',
      figures: [killed(45_000, "Ukraine's army")],
      keyTerms: ['massive casualties'],
    }),
    report(KYIV, KILLED.id, {
      date: '2022-08-20',
      certainty: 'attributed',
      attributedTo: ["Ukraine's General Staff"],
      figures: [killed(44_900, "Ukraine's General Staff")],
    }),
    report(NEWSWEEK, KILLED.id, {
      date: null,
      certainty: 'hedged',
      attributedTo: ['Ukrainian officials'],
      headline: null,
    }),
    report(EXPRESS, US.id, {
      date: '2022-08-23',
      certainty: 'attributed',
      attributedTo: ['US sources'],
      figures: [
        {
          value: 75_000,
          unit: 'people',
          what: 'Russians killed and injured',
          source: 'US sources',
          measure: 'russian-troops-killed-and-wounded',
        },
      ],
    }),
    report(KYIV, US.id, { date: '2022-08-09', certainty: 'attributed', attributedTo: ['Colin Kahl'] }),
  ];
  return compareEvent({ event: EVENT, claims: [KILLED, US], reports, entities: [] }, hereOutletId, [
    EXPRESS,
    KYIV,
    NEWSWEEK,
    BEYOND,
  ]);
}

/** A JSON round trip, as extension messaging makes one. */
export function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
