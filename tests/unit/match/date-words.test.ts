// The words of a date are one piece of evidence, counted as the date: a credit line under an embedded post
// ("— The Insider (@the_ins_ru) September 26, 2022") shares a day and a name with a claim of that day, and
// is no report of it. A sentence that tells the claim with its date still is. Texts written for these tests.
import { describe, expect, it } from 'vitest';

import { claimKeysOn, indexFor, newsPage } from './helpers';

const index = indexFor('assets/pack/parallax.pack.json');
const SHOOTING = 'ust-ilimsk-enlistment-office-shooting/zinin-shoots-ust-ilimsk-commissar';

describe('dates in a sentence', () => {
  it('do not make a credit line under an embedded post a report of a claim of that day', () => {
    const page = newsPage(
      [
        'Очередь на границе с Грузией растянулась на километры',
        'После объявления мобилизации у КПП «Верхний Ларс» образовалась многокилометровая очередь из машин.',
        'Что происходит перед пограничным пунктом: съемка с дрона.',
        '— The Insider (@the_ins_ru) September 26, 2022',
        'Водители стоят в ожидании перед границей по 40-50 часов.',
      ],
      'ru',
      '2022-09-27',
    );
    expect(claimKeysOn(index, page).filter((k) => k.startsWith('ust-ilimsk'))).toEqual([]);
  });

  it('still let a sentence that tells the claim on its day report it', () => {
    const page = newsPage(
      [
        'Gunman opens fire in Siberian enlistment office',
        'On September 26, 2022, Ruslan Zinin, 25, shot the military commissar of Ust-Ilimsk inside the enlistment office and was detained on the spot.',
        'The regional governor said the commissar was in intensive care.',
        'Witnesses said the gunman shouted that nobody would go to fight.',
      ],
      'en',
      '2022-09-26',
    );
    expect(claimKeysOn(index, page)).toContain(SHOOTING);
  });
});
