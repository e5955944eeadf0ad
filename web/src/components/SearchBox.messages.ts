import { registerMessages } from '../i18n';
import en from './SearchBox.messages.en.json' with { type: 'json' };
import zh from './SearchBox.messages.zh.json' with { type: 'json' };

/** Texts of the global enterprise search box, namespace `search` (`placeholderShort`: the top bar's box, narrow from 1024 to 1439 px). */
registerMessages('search', { zh, en });
