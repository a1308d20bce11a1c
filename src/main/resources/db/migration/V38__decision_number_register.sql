-- Sổ đăng ký số quyết định: the last number issued per issuing body and calendar year.
create table decision_number (
    issuing_body   varchar(40) not null references organisation (code),
    decision_year  int         not null,
    last_number    int         not null,
    primary key (issuing_body, decision_year)
);

insert into setting (setting_key, setting_value, effective_from, note) values
 ('decision-symbol.DEFAULT', 'QĐ-UBND', date '2024-01-01', 'Ký hiệu quyết định khen thưởng của UBND (Nghị định 30/2020)');
