-- A reference checked per statement (V5) is checked where rows are inserted; where the rows are
-- updated afterwards for other columns (invoices paid, payslips put in a salary file), the reference
-- itself is written once: a row trigger refuses to change it (argument: the columns, for the
-- message), so the updates need no check of it.
create function refuse_changing_reference() returns trigger language plpgsql as $$
begin
    raise exception using
        errcode = 'restrict_violation',
        message = format('%s.%s cannot be changed once written', tg_table_name, tg_argv[0]),
        table = tg_table_name;
end $$;

-- The triggers of one reference checked per statement (V5): after insert on the child, named
-- <child>_<column>_exists. Update triggers, where a job updates the reference, are declared apart.
create procedure check_reference_per_statement(child text, child_column text, parent text, parent_column text)
language plpgsql as $$
begin
    execute format('create trigger %1$s after insert on %2$I referencing new table as new_rows
                        for each statement execute function require_parent(%3$L, %4$L, %5$L)',
                   quote_ident(child || '_' || child_column || '_exists'), child, child_column, parent, parent_column);
end $$;

-- The triggers keeping a parent's rows for good (V5): no delete, no change of the key.
create procedure keep_rows_for_good(parent text, key_column text) language plpgsql as $$
begin
    execute format('create trigger %1$s before delete on %2$I for each row
                        execute function refuse_losing_kept_row(%3$L)',
                   quote_ident(parent || '_kept'), parent, key_column);
    execute format('create trigger %1$s before update of %3$I on %2$I for each row
                        when (old.%3$I is distinct from new.%3$I) execute function refuse_losing_kept_row(%3$L)',
                   quote_ident(parent || '_key_kept'), parent, key_column);
end $$;
