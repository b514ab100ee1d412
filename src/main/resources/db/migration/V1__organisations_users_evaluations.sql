-- Portable between H2 2.x and PostgreSQL 15: identity columns, varchar for JSON documents.

create table pe_organisation (
    id          bigint primary key,
    name        varchar(200) not null unique,
    type        varchar(20)  not null
);

create table pe_user (
    username        varchar(64)  primary key,
    display_name    varchar(200) not null,
    password_hash   varchar(200) not null,
    role            varchar(20)  not null,
    organisation_id bigint       not null references pe_organisation (id)
);

-- 回避: an agency recorded as conflicted with a unit may not evaluate it.
create table pe_agency_conflict (
    agency_id     bigint not null references pe_organisation (id),
    department_id bigint not null references pe_organisation (id),
    reason        varchar(500),
    primary key (agency_id, department_id)
);

create table pe_evaluation (
    id                  bigint primary key,
    title               varchar(300) not null,
    budget_year         integer      not null,
    kind                varchar(20)  not null,
    subject_id          bigint       not null references pe_organisation (id),
    agency_id           bigint       not null references pe_organisation (id),
    bureau_id           bigint       not null references pe_organisation (id),
    due_date            date         not null,
    status              varchar(20)  not null,
    process_instance_id varchar(64),
    sheet               varchar(1000000) not null,
    result              varchar(1000000),
    total               numeric(7, 2),
    grade               varchar(8),
    findings            varchar(1000000),
    recommendations     varchar(1000000),
    created_at          timestamp    not null,
    version             bigint       not null
);

create index pe_evaluation_subject on pe_evaluation (subject_id);
create index pe_evaluation_agency on pe_evaluation (agency_id);

create table pe_history (
    id            bigint primary key,
    evaluation_id bigint        not null references pe_evaluation (id),
    at            timestamp     not null,
    actor         varchar(64)   not null,
    action        varchar(40)   not null,
    detail        varchar(4000)
);

create index pe_history_evaluation on pe_history (evaluation_id);

-- ids come from sequences: EclipseLink's identity support does not work with H2 2.x
create sequence pe_organisation_seq start with 1 increment by 1;
create sequence pe_evaluation_seq start with 1 increment by 1;
create sequence pe_history_seq start with 1 increment by 1;
