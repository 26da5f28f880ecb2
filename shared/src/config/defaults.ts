import type { Channel } from '../document/front-matter.js';
import type { ChannelLimit } from './types.js';

/** LinkedIn's and email's limits, in characters (SPEC §3, length-limit). */
export const DEFAULT_CHANNELS: Readonly<Record<Channel, ChannelLimit>> = {
  'linkedin-connect': { body: 300, bodyFree: 200 },
  'linkedin-inmail': { body: 2000, subject: 200 },
  'linkedin-message': { body: 8000 },
  email: { subject: 200 },
};
