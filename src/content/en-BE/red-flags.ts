/**
 * English for Belgium, red-flag check: Belgian routes in English words. Out of hours the GP on duty
 * on 1733 (only on "today" outcomes, never for an emergency); nerve emergencies go to 112 or the
 * emergency department; a physiotherapist is a kinesitherapist. Which route a sign takes in Belgium
 * is in the rule table, not here.
 */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const redFlags: DeepPartial<Content['redFlags']> = {
  flags: {
    'longer-than-6-weeks': {
      question: 'Have you had pain for more than 6 weeks that you have not yet discussed with a GP or kinesitherapist?',
      summary: 'Pain for more than 6 weeks, not yet talked about with a GP or kinesitherapist',
    },
    pregnant: {
      advice:
        "Back and pelvic pain are common in pregnancy, and a kinesitherapist (physiotherapist) can help. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription. Do not take anti-inflammatory painkillers (NSAIDs) while you are pregnant, unless your doctor says so.",
    },
  },
  routes: {
    '112-or-emergency-department': {
      actions: [
        'Call 112, or go to the emergency department of a hospital (spoedgevallendienst / urgences) now.',
        'Do not drive yourself. Ask someone to take you.',
        'Do not wait, even if the pain eases for a while.',
      ],
    },
    'treating-team-now': {
      actions: ['Call the 24-hour number of your treating team at the hospital now.', 'If you cannot reach anyone, call 112.', 'Do not wait until tomorrow.'],
    },
    'midwife-now': {
      actions: ['Call your midwife now.', 'If you cannot reach your midwife, call the GP on duty on 1733.'],
    },
    'treating-team-today': { outOfHours: 'If they are closed, call the GP on duty on 1733.' },
    'gp-today': { outOfHours: 'If your GP is closed, call the GP on duty on 1733.' },
    'self-care': {
      actions: [
        'Keep moving and carry on with your daily activities as much as you can, without forcing.',
        'Avoid bed rest. If you really need to lie down, do it for 2 days at most.',
        'A painkiller can take the edge off so you can keep moving. Do not expect it to take the pain away.',
        'A warm shower or a heat pack can ease the pain for a while.',
        'Build up your daily activities step by step in the first week.',
        'Contact your GP if the pain is still very bad after a week and is not getting less.',
        "Is the pain not getting better after 3 to 4 weeks, or does it last longer than 6 weeks? Then see your GP, who can give you a prescription for a kinesitherapist. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription.",
      ],
    },
  },
};
