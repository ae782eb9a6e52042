// Words any report is written with (said, declared, reported, hundreds; a month, the country's name) weigh
// little in a claim: a sentence that shares only such words and the claim's subject with it does not report it.
import { describe, expect, it } from 'vitest';

import { matchPage } from '../../../lib/match/index';
import { indexFor, pageOf } from './helpers';

const index = indexFor('assets/pack/parallax.pack.json');

describe('reporting words in claims', () => {
  it('does not take a quote dated in September of the Russian Federation for the Duma vote of 20 September', () => {
    const paras = [
      'Шойгу доповів про завершення часткової мобілізації',
      'Міністр оборони РФ Сергій Шойгу заявив, що мобілізацію завершено і до армії призвали 300 тисяч людей.',
      'Раніше, 14 октября, Путин сказал: «Частичная мобилизация в Российской Федерации закончится до конца октября, с 21 сентября призвали уже больше 220 тысяч человек».',
      'Указу про припинення мобілізації поки немає.',
    ];
    const page = pageOf(paras.join('\n'));
    const claims = matchPage(index, { ...page, lang: 'uk', headline: page.blocks[0] }).claims.map((c) => c.id);
    expect(claims).toContain('shoigu-reports-target-of-300000-met');
    expect(claims).not.toContain('duma-passed-penalties-before-mobilisation');
  });

  it('does not take a later call-up that the government avoids declaring for the 2022 recruitment without one', () => {
    const text = [
      'Russia rules out a second wave of mobilisation, the Kremlin says',
      'Moscow denies that a second call-up is planned for the war in Ukraine. The Kremlin says contract recruitment is enough to fill the ranks, and volunteers keep signing up in the regions.',
      'Analysts say the government wants to avoid declaring a formal second mobilization wave after the first one proved so unpopular.',
      'Kremlin spokesman Dmitry Peskov said the summonses served this spring only update records at enlistment offices.',
    ].join('\n');
    const claims = matchPage(index, pageOf(text)).claims.map((c) => c.id);
    // The headline still reports Peskov's denial of a second wave.
    expect(claims).toContain('peskov-says-no-second-mobilisation-wave');
    expect(claims).not.toContain('kremlin-avoids-national-mobilisation');
  });
});
