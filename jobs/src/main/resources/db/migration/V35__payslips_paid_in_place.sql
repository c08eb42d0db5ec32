-- Tying a payslip to the salary file that pays it, made an update in place (docs/payroll.md,
-- "Salary files"). PostgreSQL rewrites a row without touching any index (a "HOT" update) only when
-- no indexed column changes, no index predicate reads a changed column, and the row's page has room
-- for the new version. Every payslip is tied once, so:
--  - payslip_file goes: no query looks payslips up by their file;
--  - payslip_unpaid goes: its predicate reads salary_payment_file_id. The unpaid payslips are those
--    whose payment date is after the last salary file written (payslip_payment_date), which the
--    trigger below makes exact;
--  - the payslips a bank file refused (rare, for the report every night until fixed) get their own
--    partial index, on a column the tie does not change;
--  - payslip pages are filled to half: the payslips of a night sit side by side and are paid by the
--    same file, so each page must hold the new version of every row on it. Existing pages keep their
--    fill; pages written from now on are filled to half.
drop index payslip_file;
drop index payslip_unpaid;
create index payslip_refused on payslip (payment_date) where payment_refusal is not null;
alter table payslip set (fillfactor = 50);

-- An unpaid payslip (no salary file, no refusal) has a payment date whose file is still to be
-- written: after the last file written, files being written in payment-date order. A payslip
-- computed, re-dated or released from a refusal with an earlier date would never be selected: it is
-- refused, naming the payslip and the dates. Checked once per statement, on its new rows.
create function payslip_payment_date_still_to_come() returns trigger language plpgsql as $$
declare
    last_written date;
    late record;
begin
    select max(payment_date) into last_written from salary_payment_file;
    if last_written is null then
        return null;
    end if;
    select n.payslip_id, n.contract_id, n.payment_date into late
      from new_rows n
     where n.salary_payment_file_id is null and n.payment_refusal is null and n.payment_date <= last_written
     limit 1;
    if found then
        raise check_violation using
            message = format('payslip %s of contract %s: payment date %s is not after %s, the date of the last salary'
                             ' file written; an unpaid payslip must be paid on a date still to come',
                             late.payslip_id, late.contract_id, late.payment_date, last_written),
            table = 'payslip';
    end if;
    return null;
end $$;

create trigger payslip_payment_date_inserted after insert on payslip referencing new table as new_rows
    for each statement execute function payslip_payment_date_still_to_come();
-- (a statement trigger with a transition table cannot name columns: every update is checked)
create trigger payslip_payment_date_updated after update on payslip referencing new table as new_rows
    for each statement execute function payslip_payment_date_still_to_come();
