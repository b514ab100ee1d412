-- The directory a bureau keeps itself: codes, a department's 主管部门, and entries switched off rather than deleted.
alter table pe_organisation add column code varchar(40);
alter table pe_organisation add column parent_id bigint references pe_organisation (id);
alter table pe_organisation add column active boolean default true not null;

-- Accounts: disabled rather than deleted; a reset password must be changed at the next sign-in;
-- demo accounts are marked so that no node outside demo mode lets them in.
alter table pe_user add column active boolean default true not null;
alter table pe_user add column must_change_password boolean default false not null;
alter table pe_user add column demo boolean default false not null;
update pe_user set demo = true where username in ('bureau', 'evaluator', 'department', 'admin', 'evaluator2')
    and password_hash is not null and display_name in ('财政局绩效科', '天正评价组', '汽车园财务室', '系统管理员', '恒信评价组');

-- The audit trail: append-only, each entry chained to the one before by its hash.
-- "at" is the UTC instant as fixed-width text, so that the hashed value is exactly what is stored.
create table pe_audit (
    id            bigint        primary key,
    at            varchar(24)   not null,
    actor         varchar(64)   not null,
    address       varchar(64),
    action        varchar(60)   not null,
    target        varchar(120)  not null,
    evaluation_id bigint,
    before_state  varchar(1000000),
    after_state   varchar(1000000),
    previous_hash varchar(64)   not null,
    hash          varchar(64)   not null
);

create index pe_audit_evaluation on pe_audit (evaluation_id);
create index pe_audit_at on pe_audit (at);

-- The chain's head: appending locks this one row, so entries are numbered and chained in commit order.
create table pe_audit_head (
    id        integer     primary key,
    last_id   bigint      not null,
    last_hash varchar(64) not null
);

insert into pe_audit_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
