import { registerMessages } from '../../../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Texts of the import log and its undo, namespace `adminImports`. */
export const NS = registerMessages('adminImports', { zh, en });
