import { registerMessages } from '../i18n';
import en from './Pager.messages.en.json' with { type: 'json' };
import zh from './Pager.messages.zh.json' with { type: 'json' };

/** Texts of the pager under every long list, namespace `pager`. */
registerMessages('pager', { zh, en });
