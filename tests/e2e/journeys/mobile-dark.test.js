// Journey: a phone in dark mode. Every signed-in route at 360 px fits the
// screen and the record tables are cards (lib/mobile.js).
import { phoneJourney } from '../lib/mobile.js';

phoneJourney('dark');
