-- What the payments job writes per bank line, made cheaper (docs/payments.md, "Performance").

-- 1. Marking an invoice paid rewrites the row. PostgreSQL can do it in place (a "HOT" update: no
-- index touched) only when no indexed column changes, no index predicate reads a changed column,
-- and the row's page has room for the new version. So:
--  - invoice_open_due goes: its predicate reads status, which every payment changes. The open
--    items are found by a scan of the invoices (receivables, once a night);
--  - invoice pages are filled to half: the invoices of a day sit side by side and are often paid
--    in the same night, and each page must hold the new version of every row on it. Existing
--    pages keep their fill; pages written from now on are filled to half.
drop index invoice_open_due;
alter table invoice set (fillfactor = 50);

-- 2. A payment belongs to its bank line (same key), a line to its statement. A foreign key checks
-- this row by row and, to do so, locks the parent row: every line written a second time in the
-- transaction that inserted it, a query per line for its statement. Statements and their lines
-- are never changed nor deleted once imported (they are the bank's record), so no lock is needed:
-- the check is made once per SQL statement, on all its new rows together (V5), and statements and lines
-- are made unchangeable.
alter table payment drop constraint payment_statement_id_line_no_fkey;
alter table bank_statement_line drop constraint bank_statement_line_statement_id_fkey;

create function payment_requires_its_line() returns trigger language plpgsql as $$
declare
    orphan record;
begin
    select n.statement_id, n.line_no into orphan
      from new_payment n
     where not exists (select 1 from bank_statement_line l
                        where l.statement_id = n.statement_id and l.line_no = n.line_no)
     limit 1;
    if found then
        raise foreign_key_violation using
            message = format('payment of statement %s line %s has no bank statement line', orphan.statement_id,
                             orphan.line_no),
            table = 'payment';
    end if;
    return null;
end $$;

create trigger payment_line_inserted after insert on payment
    referencing new table as new_payment for each statement execute function payment_requires_its_line();
create trigger payment_line_updated after update on payment
    referencing new table as new_payment for each statement execute function payment_requires_its_line();

create trigger bank_statement_line_inserted after insert on bank_statement_line
    referencing new table as new_rows for each statement
    execute function require_parent('statement_id', 'bank_statement', 'statement_id');

create function bank_statement_line_is_final() returns trigger language plpgsql as $$
begin
    raise exception using
        errcode = 'restrict_violation',
        message = format('bank statement %s line %s cannot be %s: imported lines are final', old.statement_id,
                         old.line_no, case tg_op when 'UPDATE' then 'changed' else 'deleted' end),
        table = 'bank_statement_line';
end $$;

create trigger bank_statement_line_final before update or delete on bank_statement_line
    for each row execute function bank_statement_line_is_final();

create function bank_statement_is_final() returns trigger language plpgsql as $$
begin
    raise exception using
        errcode = 'restrict_violation',
        message = format('bank statement %s cannot be %s: imported statements are final', old.statement_id,
                         case tg_op when 'UPDATE' then 'changed' else 'deleted' end),
        table = 'bank_statement';
end $$;

create trigger bank_statement_final before update or delete on bank_statement
    for each row execute function bank_statement_is_final();
