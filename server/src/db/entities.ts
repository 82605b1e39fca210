import { Session } from '../features/auth/session.entity.js';
import { User } from '../features/auth/user.entity.js';
import { Company, CompanyContact, ContactPerson } from '../features/companies/company.entity.js';
import { Industry } from '../features/industries/industry.entity.js';

/** Every entity the ORM knows; a feature adds its entities here. */
export const entities = [Industry, User, Session, Company, ContactPerson, CompanyContact];
