/**
 * Texts of the planned week against the obligation and of the progression ladder (issue 16, items 3
 * and 5), under the "progress." key: Danish first, English mirrors it.
 */
export const da = {
  week: {
    belowGoalTitle: 'Ugen er under timemålet',
    belowGoal:
      'Denne uge er planlagt {{total}} af {{goal}} timer. Planlæg {{gap}} timer mere i forløb eller aktiviteter, så borgeren når sit mål.',
    overTitle: 'Ugen er over {{max}} timer',
    over: 'Den tungeste uge bliver {{total}} timer fra {{date}}.',
    exception: 'Undtagelse bekræftet af {{name}} den {{date}}: »{{reason}}«',
    noException: 'Ingen bekræftet undtagelse: ugen blev planlagt før reglen.',
    reasonLabel: 'Begrundelse for en uge over 37 timer',
    reasonHelp:
      'Kun borgerens rådgiver kan bekræfte en undtagelse. Begrundelsen gemmes, logges og vises på borgerens side.',
    reasonRequired: 'Skriv en begrundelse, eller sæt timerne ned.',
  },
  ladder: {
    title: 'Progressionstrappe',
    intro: 'Borgerens trin mod ordinært job, flyttet af forløb, ordinære timer og overgang til job.',
    current: 'Nuværende trin: {{step}}',
    stepOf: 'Trin {{n}} af {{of}}',
    historyCaption: 'Trin, nyeste først',
    date: 'Dato',
    step: 'Trin',
    event: 'Hændelse',
    noHistory: 'Endnu ingen trin: borgeren står på første trin.',
    dashboardTitle: 'Borgere pr. trin på progressionstrappen',
    dashboardCaption: 'Aktive borgere pr. trin',
    people: 'Borgere',
    events: {
      PLACEMENT_STARTED: 'Forløb startet',
      ORDINARY_HOURS_RECORDED: 'Ordinære timer registreret',
      CONVERTED: 'Overgang til ordinært job',
      CORRECTED: 'Rettet af rådgiver',
    },
    skipped: 'sprunget over',
    reached: 'nået',
    correctedBy: 'Rettet af {{name}}: »{{reason}}«',
    correct: 'Ret trin',
    correctTitle: 'Ret borgerens trin',
    correctHelp:
      'Sæt trinnet i hånden, når hændelserne ikke viser, hvor borgeren står. Begrundelsen gemmes i historikken og logges.',
    correctStep: 'Nyt trin',
    correctReason: 'Begrundelse',
    correctSave: 'Gem trin',
    correctCancel: 'Annullér',
    correctSaved: 'Trinnet er rettet til {{step}}.',
    correctStepRequired: 'Vælg et trin.',
    correctReasonRequired: 'Skriv en begrundelse.',
  },
};

export const en: typeof da = {
  week: {
    belowGoalTitle: 'The week is below the hour goal',
    belowGoal:
      'This week is planned at {{total}} of {{goal}} hours. Plan {{gap}} more hours of placements or activities so the person reaches the goal.',
    overTitle: 'The week is over {{max}} hours',
    over: 'The heaviest week will be {{total}} hours from {{date}}.',
    exception: 'Exception confirmed by {{name}} on {{date}}: “{{reason}}”',
    noException: 'No confirmed exception: the week was planned before the rule.',
    reasonLabel: 'Reason for a week over 37 hours',
    reasonHelp:
      "Only the person's adviser can confirm an exception. The reason is stored, logged and shown on the person's page.",
    reasonRequired: 'Write a reason, or lower the hours.',
  },
  ladder: {
    title: 'Progression ladder',
    intro: "The person's step toward an ordinary job, moved by placements, ordinary hours and conversion to a job.",
    current: 'Current step: {{step}}',
    stepOf: 'Step {{n}} of {{of}}',
    historyCaption: 'Steps, newest first',
    date: 'Date',
    step: 'Step',
    event: 'Event',
    noHistory: 'No steps yet: the person is on the first step.',
    dashboardTitle: 'People per step of the progression ladder',
    dashboardCaption: 'Active people per step',
    people: 'People',
    events: {
      PLACEMENT_STARTED: 'Placement started',
      ORDINARY_HOURS_RECORDED: 'Ordinary hours recorded',
      CONVERTED: 'Converted to an ordinary job',
      CORRECTED: 'Corrected by the adviser',
    },
    skipped: 'skipped',
    reached: 'reached',
    correctedBy: 'Corrected by {{name}}: “{{reason}}”',
    correct: 'Correct step',
    correctTitle: "Correct the person's step",
    correctHelp:
      'Set the step by hand when the events do not show where the person stands. The reason is kept in the history and logged.',
    correctStep: 'New step',
    correctReason: 'Reason',
    correctSave: 'Save step',
    correctCancel: 'Cancel',
    correctSaved: 'The step is corrected to {{step}}.',
    correctStepRequired: 'Choose a step.',
    correctReasonRequired: 'Write a reason.',
  },
};
