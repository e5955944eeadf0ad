import { registerMessages } from '../i18n';
import en from './SegmentFilter.messages.en.json' with { type: 'json' };
import zh from './SegmentFilter.messages.zh.json' with { type: 'json' };

/** Texts of the segment filter of the chain map's and the targets' lists, namespace `segmentFilter`. */
registerMessages('segmentFilter', { zh, en });
