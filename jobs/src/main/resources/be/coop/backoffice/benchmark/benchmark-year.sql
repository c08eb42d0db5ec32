-- A synthetic year of billable sales for the benchmark and the restart test, generated in the
-- database (no files): members, one Activity each, clients of every VAT situation, one contract per
-- Contract sale, and the sales. Deterministic: the same parameters give the same rows. Parameters
-- (named, bound by BenchmarkYear): :year_start (date), :sales, :members, :clients.
-- Mix: 62% of sales on Activities (structures PA 94%, PI 3%, FA 3%),
-- 38% on Contracts (PA 90%, PI 8%, FA 2%); sales of FA are exempt training; clients 70% Belgian businesses, 10% Belgian persons,
-- 12% EU businesses with a VAT number (reverse charge), 3% EU persons, 5% outside the EU (export);
-- 10% of the taxable sales at 6%; 0.4% fee-exempt. Amounts 50.00 .. 1849.99 excl. VAT.
insert into member (member_id, niss, last_name, first_name, birth_date, iban, office_code, imported_on)
select 'BM' || g, lpad(g::text, 11, '0'), 'Member ' || g, 'Sample', date '1980-01-01', 'BE68539007547034',
       'BRUXELLES', cast(:year_start as date)
  from generate_series(1, :members) g;

insert into activity (activity_id, member_id, name, structure_code, office_code, opened_on, imported_on)
select 'BA' || g, 'BM' || g, 'Activity ' || g,
       case when g % 100 < 3 then 'FA' when g % 100 < 6 then 'PI' else 'PA' end,
       'BRUXELLES', cast(:year_start as date), cast(:year_start as date)
  from generate_series(1, :members) g;

insert into client (client_id, name, kind, country, enterprise_number, vat_number, payment_terms_days, imported_on)
select 'BC' || g, 'Client ' || g,
       case when g % 100 < 70 or g % 100 >= 80 and g % 100 < 92 or g % 100 >= 95 then 'BUSINESS' else 'PERSON' end,
       case when g % 100 < 80 then 'BE' when g % 100 < 88 then 'FR' when g % 100 < 92 then 'NL'
            when g % 100 < 95 then 'DE' when g % 100 < 98 then 'US' else 'CH' end,
       case when g % 100 < 70 then '0' || lpad(g::text, 9, '0') end,
       case when g % 100 >= 80 and g % 100 < 92 then 'EU' || lpad(g::text, 9, '0') end,
       case g % 4 when 0 then 45 when 1 then 15 else 30 end,
       cast(:year_start as date)
  from generate_series(1, :clients) g;

insert into contract (contract_id, member_id, structure_code, contract_type, joint_committee, start_date, end_date,
                      days_worked, hours_worked, gross_amount, client_id, office_code, encoded_on)
select 'BK' || g, 'BM' || (g % :members + 1),
       case when g % 50 = 0 then 'FA' when g % 50 < 5 then 'PI' else 'PA' end,
       'EMPLOYEE', 200, cast(:year_start as date) + (g % 365), cast(:year_start as date) + (g % 365), 1, 7.6, 160.50,
       'BC' || ((g * 7) % :clients + 1), 'BRUXELLES', cast(:year_start as date) + (g % 365)
  from generate_series(1, :sales) g
 where g % 100 < 38;

insert into sale (sale_id, source_type, activity_id, contract_id, client_id, amount_excl_vat, vat_regime, sale_date,
                  fee_exempt, description, imported_on)
select 'BS' || g,
       case when g % 100 < 38 then 'CONTRACT' else 'ACTIVITY' end,
       case when g % 100 >= 38 then 'BA' || ((g * 13) % :members + 1) end,
       case when g % 100 < 38 then 'BK' || g end,
       'BC' || ((g * 7) % :clients + 1),
       50 + ((g * 7919) % 180000) / 100.0,
       case when g % 100 >= 38 and ((g * 13) % :members + 1) % 100 < 3 then 'EXEMPT'
            when g % 100 < 38 and g % 50 = 0 then 'EXEMPT'
            when g % 10 = 3 then 'REDUCED' else 'STANDARD' end,
       cast(:year_start as date) + (g % 365),
       g % 250 = 7,
       'Sample sale ' || g,
       cast(:year_start as date) + (g % 365)
  from generate_series(1, :sales) g;
