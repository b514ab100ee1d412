-- The evaluation list filtered by an organisation looks in the column of its role, newest first
-- (issue 11): each index serves "where <party>_id = ? order by id desc limit n" and its count.
-- (The single-column indexes of V1 stay: H2 keeps them for the foreign keys.)
create index pe_evaluation_subject_id on pe_evaluation (subject_id, id);
create index pe_evaluation_agency_id on pe_evaluation (agency_id, id);
