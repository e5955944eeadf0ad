/** The firms opened last (this browser only), newest first: the search page lists them before a search. */
const RECENT_KEY = 'chainatlas.recentEnterprises';
const RECENT_MAX = 8;

export interface RecentFirm {
  creditCode: string;
  name: string;
}

export function readRecent(): RecentFirm[] {
  try {
    const list = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(list)
      ? list
          .filter(
            (x): x is RecentFirm =>
              typeof x === 'object' &&
              x !== null &&
              typeof (x as RecentFirm).creditCode === 'string' &&
              typeof (x as RecentFirm).name === 'string',
          )
          .slice(0, RECENT_MAX)
      : [];
  } catch {
    return [];
  }
}

export function remember(firm: RecentFirm): void {
  const list = [firm, ...readRecent().filter((x) => x.creditCode !== firm.creditCode)].slice(0, RECENT_MAX);
  localStorage.setItem(RECENT_KEY, JSON.stringify(list));
}
