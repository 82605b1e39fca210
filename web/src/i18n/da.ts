export const da = {
  app: { name: 'Jobbro', tagline: 'Fra praktik til ordinære timer', skip: 'Spring til indhold' },
  nav: {
    home: 'Forside',
    companies: 'Virksomheder',
    tasks: 'Opgaver',
    candidates: 'Borgere',
    search: 'Søg kandidater',
    proposals: 'Forslag',
    placements: 'Forløb',
    dashboard: 'Overblik',
    logout: 'Log ud',
    language: 'Sprog',
  },
  roles: { ADMIN: 'Administrator', CONSULTANT: 'Virksomhedskonsulent', ADVISER: 'Jobrådgiver', COMPANY: 'Virksomhed' },
  login: {
    title: 'Log ind',
    intro: 'Portalen for jobcentrets virksomhedskonsulenter, jobrådgivere og partnervirksomheder.',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    failed: 'Login mislykkedes',
    demo: 'Demo-brugere (adgangskode demo1234)',
  },
  home: {
    welcome: 'Velkommen, {{name}}',
    CONSULTANT: 'Din branche-portefølje: virksomheder, uløste opgaver og forslag.',
    ADVISER: 'Din sagsstamme: borgere, forløb og opfølgning.',
    COMPANY: 'Jeres opgaver, IGU-pladser, forslag og praktikanter.',
    ADMIN: 'Brugere, brancher, kompetencekatalog og indstillinger.',
  },
  common: {
    loading: 'Indlæser…',
    error: 'Noget gik galt: {{message}}',
    empty: 'Intet at vise endnu.',
    retry: 'Prøv igen',
  },
};
export type Messages = typeof da;
