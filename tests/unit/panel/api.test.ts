import { describe, expect, it } from 'vitest';

import { err, ok, type Result } from '@/lib/messaging/result';
import { rememberResults } from '@/lib/panel/api';

describe('remembering replies', () => {
  it('asks once per key for successes and asks again after a failure', async () => {
    const asked: string[] = [];
    let failNext = true;
    const fetch = async (id: string): Promise<Result<string>> => {
      asked.push(id);
      if (id === 'flaky' && failNext) {
        failNext = false;
        return err({ code: 'unreachable', message: 'The background is starting.' });
      }
      return ok(`value of ${id}`);
    };
    const remembered = rememberResults(fetch, (id) => id);
    expect(await remembered('a')).toEqual(ok('value of a'));
    expect(await remembered('a')).toEqual(ok('value of a'));
    expect((await remembered('flaky')).ok).toBe(false);
    expect(await remembered('flaky')).toEqual(ok('value of flaky'));
    expect(asked).toEqual(['a', 'flaky', 'flaky']);
  });
});
