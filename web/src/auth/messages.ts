import { registerMessages } from '../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Texts of sign-in, the user menu and password changes, namespace `auth`. */
export const NS = registerMessages('auth', { zh, en });
