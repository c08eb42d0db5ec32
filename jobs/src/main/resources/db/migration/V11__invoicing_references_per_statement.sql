-- The references an invoicing chunk writes, checked once per statement (V5, V6,
-- docs/architecture.md, "Database"): per invoice, its line's invoice and sale, its client, and its
-- Activity ledger entries' Activity were each a query locking the parent row. The parents are kept for good:
-- sales, invoices, clients and Activities are never deleted (a sale is cancelled, an invoice
-- credited, a client or an Activity closed) and their keys never change.

alter table invoice_line drop constraint invoice_line_invoice_id_fkey;
alter table invoice_line drop constraint invoice_line_sale_id_fkey;
alter table invoice drop constraint invoice_client_id_fkey;
alter table activity_ledger_entry drop constraint activity_ledger_entry_activity_id_fkey;

call check_reference_per_statement('invoice_line', 'invoice_id', 'invoice', 'invoice_id');
call check_reference_per_statement('invoice_line', 'sale_id', 'sale', 'sale_id');
call check_reference_per_statement('invoice', 'client_id', 'client', 'client_id');
call check_reference_per_statement('activity_ledger_entry', 'activity_id', 'activity', 'activity_id');
-- invoice lines are not updated by any job; one that is must still name an invoice and a sale
create trigger invoice_line_invoice_updated after update on invoice_line referencing new table as new_rows
    for each statement execute function require_parent('invoice_id', 'invoice', 'invoice_id');
create trigger invoice_line_sale_updated after update on invoice_line referencing new table as new_rows
    for each statement execute function require_parent('sale_id', 'sale', 'sale_id');

-- an invoice's client and a ledger entry's Activity are written once (V6; payments update invoices
-- by the hundred thousand: they must not pay for a check of a column they never change)
create trigger invoice_client_written_once before update of client_id on invoice for each row
    when (old.client_id is distinct from new.client_id) execute function refuse_changing_reference('client_id');
create trigger ledger_activity_written_once before update of activity_id on activity_ledger_entry for each row
    when (old.activity_id is distinct from new.activity_id) execute function refuse_changing_reference('activity_id');

-- the parents, kept for good
call keep_rows_for_good('sale', 'sale_id');
call keep_rows_for_good('invoice', 'invoice_id');
call keep_rows_for_good('client', 'client_id');
call keep_rows_for_good('activity', 'activity_id');
