-- The evaluator's free-text sections of the report (摘要, 部门概况, 主要经验和做法), entered in draftReport.
alter table pe_evaluation add column report_sections varchar(100000);
