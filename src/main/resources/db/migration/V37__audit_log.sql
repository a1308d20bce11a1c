-- Append-only audit log: each record carries the SHA-256 of its content chained to the previous
-- record's hash, so that a record changed or removed afterwards breaks the chain.
create table audit_event (
    id           bigint        primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)   not null,
    org_code     varchar(40),
    event_type   varchar(40)   not null,
    dossier_id   bigint,
    payload      varchar(8000) not null,
    prev_hash    varchar(64)   not null,
    hash         varchar(64)   not null
);
create index ix_audit_dossier on audit_event (dossier_id, id);

-- The head of the chain; appending locks this row, so records are chained in commit order.
create table audit_chain_head (
    id         int          primary key,
    last_id    bigint       not null,
    last_hash  varchar(64)  not null
);
insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
