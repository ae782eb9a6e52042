/**
 * Words that carry no evidence: function words (never claim terms) and common
 * words (a one-word alias equal to one is highlighted only where the page
 * capitalises it, as a name).
 */
import { foldString } from './normalise';

const EN_STOP = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours yourself yourselves said says say told according
one two three also may might must shall us via per amp rt`;

const RU_UK_STOP = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам ведь
там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже
себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее были
куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них
какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда
конечно всю между это як що та це не на в у з із до від за по про для але або і й ї є його її їх він вона вони ми
ви ти я бо коли де тут там так також вже ще лише тільки був була було були буде може цей ця ці того тому цього
свого своїх який яка яке які щоб чи ні при після через під над між сказав заявив заявила`;

const EN_COMMON = `time person year way day thing man world life hand part child eye woman place work week case point
government company number group problem fact head face home house room state city country family story side line
order war army force forces unit units power news report video people soldier soldiers troops guard national storm
center centre hope grace may june august march will bill mark rose faith joy page brown white black green gold
young long little great good new old big high low right left free fair just north south east west central
republic service services office council court party movement front battalion regiment brigade company
division squad team club union league federation ministry defence defense intelligence police army navy air
land sea river bridge street square park station port bay lake mountain village town region district
territory border frontline south southern northern eastern western march leader president minister general
colonel major captain chief commander officer spokesman adviser advisor director head member members
today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february april
july september october november december spring summer autumn winter morning evening night
sun moon star day war peace freedom victory liberty justice truth
russia russian russians ukraine ukrainian ukrainians military troops soldier invasion
said says told announced announce announces declared declare declares declaring reported according hundreds thousands dozens`;

// The same in Russian and Ukrainian: months in the forms a date writes them, and the country names every
// report of the war writes.
const RU_UK_COMMON = `января февраля марта апреля мая июня июля августа сентября октября ноября декабря
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень
россия россии россию российской российская российские федерации федерация рф
росія росії росію російської російська російські федерації федерація
украина украины украину украинской украинские україна україни україну української українські
года году год роках року рік`;

function toSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Function words in English, Russian and Ukrainian, folded as tokens are (й→и, ї→і, ё→е). */
export const STOPWORDS: ReadonlySet<string> = toSet(foldString(EN_STOP + ' ' + RU_UK_STOP).replace(/'s\b/g, ''));

/** Common words in English, Russian and Ukrainian that are not names on their own, folded as tokens are. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...toSet(EN_COMMON),
  ...toSet(foldString(RU_UK_COMMON)),
  ...STOPWORDS,
]);

/**
 * Words of the other languages read that are spelt as one of the pack's one-word names, folded: such a name is
 * read only where the page capitalises it (Polish duma, pride, is the Duma only as Duma).
 */
export const NAME_LIKE_WORDS: ReadonlySet<string> = toSet('duma');
