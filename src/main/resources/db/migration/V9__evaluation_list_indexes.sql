-- The evaluation list a page at a time, newest first, by the caller's party and the filters (issue 11):
-- each index serves "where <column> = ? order by id desc limit n" and the count of the same filter.
create index pe_evaluation_bureau on pe_evaluation (bureau_id, id);
create index pe_evaluation_status on pe_evaluation (status, id);
create index pe_evaluation_year on pe_evaluation (budget_year, id);
