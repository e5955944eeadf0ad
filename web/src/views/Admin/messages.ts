import { registerMessages } from '../../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Texts of 系统管理 (users, the audit log), namespace `admin`. */
export const NS = registerMessages('admin', { zh, en });
