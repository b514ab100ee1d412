-- The document an evaluation is commissioned under (its title and 文号), cited by the report's 摘要.
alter table pe_evaluation add column basis_title varchar(300);
alter table pe_evaluation add column basis_number varchar(100);
