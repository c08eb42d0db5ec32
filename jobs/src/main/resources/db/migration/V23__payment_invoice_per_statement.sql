-- A payment's invoice, checked once per statement (V5, V6, docs/architecture.md, "Database")
-- instead of by a foreign key that locked, so wrote, each invoice a second time in the night that
-- marks it paid. Invoices are kept for good (V11); a payment's invoice is written once (a person
-- sends suspense money to an invoice through suspense_allocation, not by changing the payment).
alter table payment drop constraint payment_invoice_id_fkey;
call check_reference_per_statement('payment', 'invoice_id', 'invoice', 'invoice_id');
create trigger payment_invoice_written_once before update of invoice_id on payment for each row
    when (old.invoice_id is distinct from new.invoice_id) execute function refuse_changing_reference('invoice_id');
