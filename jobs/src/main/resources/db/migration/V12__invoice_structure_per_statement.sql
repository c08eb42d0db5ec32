-- An invoice's structure and credited invoice, checked once per statement (V5, V6, V11,
-- docs/architecture.md, "Database"): the foreign keys ran a locking query per invoice for the
-- structure (a tenth of an invoicing chunk's statement) and fired a trigger per invoice for the
-- credited invoice, null on every invoice but a credit note's. Both parents are kept for good
-- (invoices by V11, structures by V34, which a new database reaches in the same migration run); an
-- invoice's structure and credited invoice are written once.

alter table invoice drop constraint invoice_structure_code_fkey;
alter table invoice drop constraint invoice_credited_invoice_id_fkey;

call check_reference_per_statement('invoice', 'structure_code', 'structure', 'code');
call check_reference_per_statement('invoice', 'credited_invoice_id', 'invoice', 'invoice_id');

create trigger invoice_structure_written_once before update of structure_code on invoice for each row
    when (old.structure_code is distinct from new.structure_code)
    execute function refuse_changing_reference('structure_code');
create trigger invoice_credited_written_once before update of credited_invoice_id on invoice for each row
    when (old.credited_invoice_id is distinct from new.credited_invoice_id)
    execute function refuse_changing_reference('credited_invoice_id');
