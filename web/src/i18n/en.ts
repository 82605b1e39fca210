import type { Messages } from './da.js';

export const en: Messages = {
  app: { name: 'Jobbro', tagline: 'From internship to ordinary paid hours', skip: 'Skip to content' },
  nav: {
    home: 'Home',
    companies: 'Companies',
    tasks: 'Tasks',
    candidates: 'Candidates',
    search: 'Search candidates',
    proposals: 'Proposals',
    placements: 'Placements',
    dashboard: 'Overview',
    logout: 'Log out',
    language: 'Language',
  },
  roles: { ADMIN: 'Administrator', CONSULTANT: 'Company consultant', ADVISER: 'Job adviser', COMPANY: 'Company' },
  login: {
    title: 'Log in',
    intro: "The portal for the job centre's company consultants, job advisers and partner companies.",
    email: 'E-mail',
    password: 'Password',
    submit: 'Log in',
    failed: 'Login failed',
    demo: 'Demo users (password demo1234)',
  },
  home: {
    welcome: 'Welcome, {{name}}',
    CONSULTANT: 'Your industry portfolio: companies, unsolved tasks and proposals.',
    ADVISER: 'Your caseload: candidates, placements and follow-up.',
    COMPANY: 'Your tasks, IGU slots, proposals and interns.',
    ADMIN: 'Users, industries, competence catalogue and settings.',
  },
  common: {
    loading: 'Loading…',
    error: 'Something went wrong: {{message}}',
    empty: 'Nothing to show yet.',
    retry: 'Try again',
  },
};
