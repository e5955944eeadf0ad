import { plainText } from '../../lib/text';
import type { ImportFormat } from './api';

/** The kind of file a name stands for (`enterprises.csv` → enterprises), as the server decides it. */
export function kindOf(name: string, format: ImportFormat | undefined): string | null {
  const match = /^(.+)\.(csv|xlsx)$/i.exec(name.trim());
  if (!match || !format) return null;
  const base = match[1]!.toLowerCase();
  return format.files.some((f) => f.file === base) ? base : null;
}

/** A stored or imported value as text (lists joined by ；, nothing as —). */
export function cellShown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join('；') || '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return plainText(value);
}

/** The server's notes are one string, Chinese then English ("…。 An empty…"): split them for the language switch. */
export function bilingual(note: string): { zh: string; en: string } {
  const end = note.indexOf('。 ');
  return end < 0 ? { zh: note, en: note } : { zh: note.slice(0, end + 1), en: note.slice(end + 2) };
}
