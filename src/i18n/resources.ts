import enCommon from './locales/en/common.json';
import enConsole from './locales/en/console.json';
import enExplain from './locales/en/explain.json';
import enHelp from './locales/en/help.json';
import enParticipant from './locales/en/participant.json';
import enPlan from './locales/en/plan.json';
import enPrint from './locales/en/print.json';
import enProjector from './locales/en/projector.json';
import enRank from './locales/en/rank.json';
import enShare from './locales/en/share.json';
import enSolo from './locales/en/solo.json';
import nlCommon from './locales/nl/common.json';
import nlConsole from './locales/nl/console.json';
import nlExplain from './locales/nl/explain.json';
import nlHelp from './locales/nl/help.json';
import nlParticipant from './locales/nl/participant.json';
import nlPlan from './locales/nl/plan.json';
import nlPrint from './locales/nl/print.json';
import nlProjector from './locales/nl/projector.json';
import nlRank from './locales/nl/rank.json';
import nlShare from './locales/nl/share.json';
import nlSolo from './locales/nl/solo.json';

export const resources = {
  nl: {
    common: nlCommon,
    solo: nlSolo,
    console: nlConsole,
    projector: nlProjector,
    participant: nlParticipant,
    print: nlPrint,
    help: nlHelp,
    share: nlShare,
    explain: nlExplain,
    rank: nlRank,
    plan: nlPlan,
  },
  en: {
    common: enCommon,
    solo: enSolo,
    console: enConsole,
    projector: enProjector,
    participant: enParticipant,
    print: enPrint,
    help: enHelp,
    share: enShare,
    explain: enExplain,
    rank: enRank,
    plan: enPlan,
  },
} as const;

export const namespaces = [
  'common',
  'solo',
  'console',
  'projector',
  'participant',
  'print',
  'help',
  'share',
  'explain',
  'rank',
  'plan',
] as const;
