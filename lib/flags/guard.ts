/** Checks a flag that arrives in a message, before the background stores it. */
import * as v from 'valibot';
import type { Guard } from '../messaging/guards';
import { FlagSchema } from './schema';
import type { Flag } from './types';

/** A complete flag, by the same schema every imported flag passes, so an imported flag can be saved again. */
export const isFlag: Guard<Flag> = (value): value is Flag => v.is(FlagSchema, value);
