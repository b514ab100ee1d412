-- Rectification (整改) per recommendation, notifications to users, results application (结果应用).

create sequence pe_rectification_seq start with 1 increment by 1;
create sequence pe_notification_seq start with 1 increment by 1;

create table pe_rectification (
    id                  bigint primary key,
    evaluation_id       bigint        not null references pe_evaluation (id),
    seq                 integer       not null,
    title               varchar(1000) not null,
    status              varchar(20)   not null,
    due_at              timestamp     not null,
    measures            varchar(8000),
    summary             varchar(8000),
    evidence            varchar(100000),
    comments            varchar(4000),
    overdue             boolean       not null,
    overdue_since       timestamp,
    reminded_for        timestamp,
    accepted_at         timestamp,
    version             bigint        not null
);

create index pe_rectification_evaluation on pe_rectification (evaluation_id);

create table pe_notification (
    id               bigint primary key,
    recipient        varchar(64)   not null references pe_user (username),
    kind             varchar(20)   not null,
    evaluation_id    bigint        references pe_evaluation (id),
    rectification_id bigint        references pe_rectification (id),
    message          varchar(2000) not null,
    created_at       timestamp     not null,
    read_at          timestamp
);

create index pe_notification_recipient on pe_notification (recipient);

alter table pe_evaluation add column published_at timestamp;
alter table pe_evaluation add column closed_at timestamp;
alter table pe_evaluation add column advice varchar(20);
alter table pe_evaluation add column advice_text varchar(1000);
alter table pe_evaluation add column advice_budget_year integer;
alter table pe_evaluation add column rectified_on_time boolean;
