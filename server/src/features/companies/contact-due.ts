/**
 * When a partner company's next contact is due, in SQL over `company co` (one home for the rule: the
 * alerts and the "kontakt forfalden" filter both use it). The last contact is the later of the company's
 * mark and its contact log, as a Copenhagen day; the next contact agreed at that last contact, when one
 * was, is the due date, else the last contact (or the company's creation) plus its contact cadence.
 */
export const CONTACT_LAST_ON_SQL = `(greatest(co.last_contact_at,
      (select max(cc.contacted_at) from company_contact cc where cc.company_id = co.id))
    at time zone 'Europe/Copenhagen')::date`;

export const CONTACT_NEXT_ON_SQL = `(select cc.next_contact_date from company_contact cc
     where cc.company_id = co.id and cc.contacted_at >= coalesce(co.last_contact_at, cc.contacted_at)
     order by cc.contacted_at desc, cc.id limit 1)`;

export const CONTACT_DUE_ON_SQL = `coalesce(${CONTACT_NEXT_ON_SQL},
    coalesce(${CONTACT_LAST_ON_SQL}, (co.created_at at time zone 'Europe/Copenhagen')::date) + co.contact_cadence_days)`;
