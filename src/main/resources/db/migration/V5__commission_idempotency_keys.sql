-- A client's retry of a commission (same user, same Idempotency-Key) finds the evaluation of its first request.
create table pe_commission_key (
    username      varchar(64)  not null,
    request_key   varchar(200) not null,
    fingerprint   varchar(64)  not null,
    evaluation_id bigint       not null references pe_evaluation (id),
    created_at    timestamp    not null,
    primary key (username, request_key)
);
