-- Checks of a reference made once per SQL statement instead of once per row (docs/architecture.md,
-- "References checked per statement").
--
-- A foreign key checks each new row with a query that locks the parent row (FOR KEY SHARE): for
-- the nightly inserts of hundreds of thousands of rows (invoice lines, payslips, declarations) that
-- is a query per row and, on each parent the transaction has not locked yet, a write of the parent
-- row. Where the parent rows are kept for good (never deleted, their key never changed; enforced
-- below), no lock is needed to keep them there, and the reference can be checked for all the rows
-- of a statement at once, with one anti join on its transition table.

-- After insert (or update) on the child, once per statement, with the child's rows as "new_rows":
-- arguments child column, parent table, parent column. A null reference is not checked.
create function require_parent() returns trigger language plpgsql as $$
declare
    missing text;
begin
    execute format('select n.%1$I::text from new_rows n
                     where n.%1$I is not null
                       and not exists (select 1 from %2$I p where p.%3$I = n.%1$I)
                     limit 1', tg_argv[0], tg_argv[1], tg_argv[2])
       into missing;
    if missing is not null then
        raise foreign_key_violation using
            message = format('%s.%s %s: no %s has %s %s', tg_table_name, tg_argv[0], missing, tg_argv[1], tg_argv[2],
                             missing),
            table = tg_table_name;
    end if;
    return null;
end $$;

-- Before delete, or before an update changing the key (argument: the key column), on a kept parent.
create function refuse_losing_kept_row() returns trigger language plpgsql as $$
begin
    raise exception using
        errcode = 'restrict_violation',
        message = format('%s %s cannot be %s: other rows refer to it and it is kept for good', tg_table_name,
                         to_jsonb(old) ->> tg_argv[0],
                         case tg_op when 'DELETE' then 'deleted' else 'given another ' || tg_argv[0] end),
        table = tg_table_name;
end $$;
