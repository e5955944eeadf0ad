/** An ISO instant as Beijing time (UTC+8), `2026-12-06 21:07:51`; empty for none. */
export const beijing = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ') : '');
