import { registerMessages } from '../../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Texts of the 2026 target dashboard, namespace `dashboard`. */
export const NS = registerMessages('dashboard', { zh, en });
