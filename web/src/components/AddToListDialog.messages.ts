import { registerMessages } from '../i18n';
import en from './AddToListDialog.messages.en.json' with { type: 'json' };
import zh from './AddToListDialog.messages.zh.json' with { type: 'json' };

/** Texts of the add-to-list dialog (加入招商目标清单), opened from the targets view and the chain map; namespace `addToList`. */
registerMessages('addToList', { zh, en });
