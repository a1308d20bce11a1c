-- Registry search by name ignoring case and accents: the name folded to lower case without marks
-- (đ → d), kept by AwardRegistry. Rows written without it are still found through full_name.
alter table registry_entry add column search_name varchar(300);
-- Who entered the row (the importer, or the user whose action recorded it).
alter table registry_entry add column created_by varchar(64);
create index ix_registry_award_year on registry_entry (award_code, award_year);
