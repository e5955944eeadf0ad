import { registerMessages } from '../../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Texts of the peer comparison (同链集群对比), namespace `compare`. */
registerMessages('compare', { zh, en });
