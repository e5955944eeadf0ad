import { registerMessages } from '../../../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Texts of the enterprise search page's paging, filters, export, segment hits and synonym dictionaries, namespace `enterpriseSearch`. */
export const SEARCH_NS = registerMessages('enterpriseSearch', { zh, en });
