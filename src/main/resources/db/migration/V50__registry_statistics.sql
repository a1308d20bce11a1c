-- What the statistics (/thong-ke) count about each award, kept on the registry entry so that the registry
-- stays the single source: the nominee's flags and the dossier's movement when the process records the
-- entry, the bonus and the fund paying it when the decision is signed, and whether the entry is a
-- proposal the province forwarded to the State. Imported rows keep the defaults (not known).
alter table registry_entry add column small_collective boolean default false not null;
alter table registry_entry add column direct_worker boolean default false not null;
alter table registry_entry add column forwarded_to_state boolean default false not null;
alter table registry_entry add column bonus_vnd bigint;
alter table registry_entry add column funding_source varchar(200);
alter table registry_entry add column movement varchar(500);

-- A period selects the decision dates in it, and the undated entries of the years it covers whole.
create index ix_registry_decision_date on registry_entry (decision_date, award_year);

-- Backfill where the nominee is known.
update registry_entry set
    small_collective = coalesce((select n.small_collective from nominee n
                                 where n.id = registry_entry.nominee_id and n.kind = 'COLLECTIVE'), false),
    direct_worker = coalesce((select n.direct_worker from nominee n
                              where n.id = registry_entry.nominee_id and n.kind = 'INDIVIDUAL'), false)
where nominee_id is not null;

update registry_entry set movement = (select d.movement from dossier d where d.id = registry_entry.dossier_id)
where dossier_id is not null;

-- The fund is named as Điều 2 of the decision names it (DecisionComposer.fundingSource).
update registry_entry set
    bonus_vnd = (select max(r.bonus_vnd) from decision_recipient r join award_decision d on d.id = r.decision_id
                 where r.nominee_id = registry_entry.nominee_id and d.status = 'SIGNED'),
    funding_source = (select max(case when o.kind = 'PROVINCE' then 'Quỹ thi đua, khen thưởng tỉnh'
                                 else 'Quỹ thi đua, khen thưởng ' || lower(substring(o.name, 1, 1)) || substring(o.name, 2) end)
                      from decision_recipient r join award_decision d on d.id = r.decision_id
                      join organisation o on o.code = d.issuing_body
                      where r.nominee_id = registry_entry.nominee_id and d.status = 'SIGNED')
where source = 'DECISION' and nominee_id is not null;

-- Dossiers forwarded to the State before this version left no entry: their nominees get one now, dated
-- the day the province forwarded them.
insert into registry_entry (subject_kind, cccd, collective_code, full_name, unit_code, award_code, award_year,
    period_from, period_to, merit_kind, decision_date, source, dossier_id, nominee_id, created_by, created_at,
    small_collective, direct_worker, forwarded_to_state, movement)
select n.kind, case when n.kind = 'INDIVIDUAL' then n.cccd end, case when n.kind = 'COLLECTIVE' then n.collective_code end,
    n.full_name, d.unit_code, d.award_code, d.period_year, d.period_from, d.period_to,
    case when d.one_off then 'ONE_OFF' else 'MERIT' end, cast(coalesce(d.closed_at, d.updated_at) as date), 'APPROVAL',
    d.id, n.id, 'system', coalesce(d.closed_at, d.updated_at),
    n.kind = 'COLLECTIVE' and n.small_collective, n.kind = 'INDIVIDUAL' and n.direct_worker, true, d.movement
from dossier d join nominee n on n.dossier_id = d.id
where d.status = 'FORWARDED' and n.status = 'APPROVED'
  and not exists (select 1 from registry_entry e where e.nominee_id = n.id);

-- The two shares provinces report, drawn as target lines on the charts: a province sets its own.
insert into setting (setting_key, setting_value, effective_from, note) values
 ('statistics.target.small-collective-share', '70', date '2015-01-01',
  'Mục tiêu tỷ lệ tập thể nhỏ trong số tập thể được khen thưởng (%), giá trị mẫu: tỉnh tự đặt'),
 ('statistics.target.direct-worker-share', '40', date '2015-01-01',
  'Mục tiêu tỷ lệ người lao động trực tiếp trong số cá nhân được khen thưởng (%), giá trị mẫu: tỉnh tự đặt');
