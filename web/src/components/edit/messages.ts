import { registerMessages } from '../../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Texts of the enterprise editors (properties, yearly figures, supply links, collaborations, segments), namespace `enterpriseEdit`. */
export const EDIT_NS = registerMessages('enterpriseEdit', { zh, en });
