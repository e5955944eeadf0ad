import { registerMessages } from '../../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Texts of the data import page, namespace `import`. */
export const NS = registerMessages('import', { zh, en });
