import i18n from './i18n';

/** Every time the app shows is in this zone (the data and its users are in Liaocheng), whatever the browser's own zone. */
const TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<boolean, Intl.DateTimeFormat>();

/** An ISO instant as "YYYY-MM-DD HH:mm" (with seconds when asked) in Beijing time. */
export function beijingTime(iso: string | null | undefined, seconds = false): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formats.get(seconds);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23',
    });
    formats.set(seconds, format);
  }
  const part = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}${seconds ? `:${part.second}` : ''}`;
}

/** The zone's name as shown beside times ("北京时间", "Beijing time"). */
export function timeZoneLabel(): string {
  return i18n.language === 'en' ? 'Beijing time' : '北京时间';
}
