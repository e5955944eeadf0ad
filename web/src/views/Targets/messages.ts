import { registerMessages } from '../../i18n';
import en from './messages.en.json' with { type: 'json' };
import zh from './messages.zh.json' with { type: 'json' };

/** Texts of the investment-targets view (招商目标), namespace `targets` (the add-to-list dialog has its own: components/AddToListDialog.messages.ts). */
registerMessages('targets', { zh, en });
