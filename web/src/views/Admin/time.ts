import { beijingTime } from '../../time';

/** An ISO instant as Beijing time with seconds (the app's one time zone, web/src/time.ts); empty for none. */
export const beijing = (iso: string | null) => (iso ? beijingTime(iso, true) : '');
