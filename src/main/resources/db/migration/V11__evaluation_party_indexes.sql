-- The evaluation list filtered by an organisation looks in the column of its role, newest first
-- (issue 11): each index serves "where <party>_id = ? order by id desc limit n" and its count.
drop index pe_evaluation_subject;
create index pe_evaluation_subject on pe_evaluation (subject_id, id);
drop index pe_evaluation_agency;
create index pe_evaluation_agency on pe_evaluation (agency_id, id);
