-- Evidence files (佐证材料, issue 13): each upload's record, and the content addressed by its SHA-256,
-- stored once however many records share it, in chunks so that no file is ever read whole into memory.

create sequence pe_evidence_file_seq start with 1 increment by 1;

create table pe_evidence_file (
    id              bigint primary key,
    evaluation_id   bigint        not null references pe_evaluation (id),
    name            varchar(255)  not null,
    size_bytes      bigint        not null,
    sha256          varchar(64)   not null,
    file_type       varchar(20)   not null,
    uploaded_by     varchar(64)   not null,
    uploaded_at     timestamp     not null,
    submitted       boolean       not null,
    version         bigint        not null
);

create index pe_evidence_file_evaluation on pe_evidence_file (evaluation_id, id);

create table pe_evidence_content (
    sha256      varchar(64) primary key,
    size_bytes  bigint      not null,
    stored_at   timestamp   not null
);

create table pe_evidence_chunk (
    sha256  varchar(64) not null references pe_evidence_content (sha256),
    seq     integer     not null,
    data    bytea       not null,
    primary key (sha256, seq)
);
