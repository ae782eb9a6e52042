import { describe, expect, it } from 'vitest';

import { FeedbackService } from '@/lib/background/feedback';
import { ParallaxDB } from '@/lib/db/schema';
import { wrongMatchKey } from '@/lib/feedback/suppression';

describe('FeedbackService', () => {
  it('lists muted entities newest first and forgets an unmuted one', async () => {
    const feedback = new FeedbackService(new ParallaxDB());
    await feedback.mute('darya-dugina');
    await new Promise((r) => setTimeout(r, 2));
    await feedback.mute('vladimir-putin');
    expect(await feedback.mutedEntityIds()).toEqual(['vladimir-putin', 'darya-dugina']);
    await feedback.unmute('darya-dugina');
    expect((await feedback.suppression()).mutedEntityIds).toEqual(['vladimir-putin']);
  });

  it('remembers a wrong match by its words, whatever their spacing', async () => {
    const feedback = new FeedbackService(new ParallaxDB());
    await feedback.reportWrongMatch({
      kind: 'entity',
      targetId: 'donbas',
      text: ' the  Donbas ',
      url: 'https://example.com/a',
    });
    expect((await feedback.suppression()).wrongMatchKeys).toEqual([wrongMatchKey('entity', 'donbas', 'the Donbas')]);
  });

  it('keeps corrections across a new connection, as after a browser restart', async () => {
    await new FeedbackService(new ParallaxDB()).mute('fsb');
    expect((await new FeedbackService(new ParallaxDB()).suppression()).mutedEntityIds).toEqual(['fsb']);
  });
});
