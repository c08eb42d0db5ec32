-- Inserts one chunk of numbered invoices and credit notes in one statement: the invoice rows with
-- their mutualised fee, their single line, the Activity ledger entries (turnover credit, fee debit; a credit
-- note's are the opposite). Parameters: one text array per column of "item", all of the same length.
-- No join with a table here, whose plan would rest on statistics that a year invoiced at once
-- outruns: the credited invoices' status is set apart, by id, only by a chunk that holds credit
-- notes (DocumentWriter; a semi join with the invoice table was planned as a nested loop over every
-- invoice, per chunk, once the table's statistics said it was empty). Each document's id is drawn
-- from the invoice's identity sequence first, so its line names it without joining the inserted
-- rows back to the items.
with item as (
    select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                         ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                         ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
        as item(invoice_number, structure_code, number_in_year, kind, credited_invoice_id, client_id, due_date,
                amount_excl_vat, vat_amount, structured_communication, source_type, source_id, sale_id,
                description, vat_treatment, vat_rate, activity_id, fee_exempt, fee_rate, fee_amount, status)
),
ids as (
    select pg_get_serial_sequence('invoice', 'invoice_id')::regclass as invoice_ids
),
typed as (
    select nextval((select invoice_ids from ids)) as invoice_id, invoice_number, structure_code,
           number_in_year::integer as number_in_year, kind,
           credited_invoice_id::bigint as credited_invoice_id, client_id, ?::date as issue_date,
           due_date::date as due_date, amount_excl_vat::numeric(14,2) as amount_excl_vat,
           vat_amount::numeric(14,2) as vat_amount, structured_communication, source_type, source_id, sale_id,
           description, vat_treatment, vat_rate::numeric(5,4) as vat_rate, activity_id,
           fee_exempt::boolean as fee_exempt, fee_rate::numeric(6,5) as fee_rate,
           fee_amount::numeric(14,2) as fee_amount, status
      from item
),
issued as (
    insert into invoice (invoice_id, invoice_number, structure_code, year, number_in_year, kind, credited_invoice_id,
                         client_id, issue_date, due_date, amount_excl_vat, vat_amount, amount_incl_vat,
                         structured_communication, source_type, source_id, status, paid_amount, paid_on,
                         fee_exempt, fee_rate, fee_amount)
    overriding system value
    select invoice_id, invoice_number, structure_code, extract(year from issue_date)::smallint, number_in_year, kind,
           credited_invoice_id, client_id, issue_date, due_date, amount_excl_vat, vat_amount,
           amount_excl_vat + vat_amount, structured_communication, source_type, source_id, status,
           case when status = 'PAID' then amount_excl_vat + vat_amount else 0 end,
           case when status = 'PAID' then issue_date end,
           fee_exempt, fee_rate, fee_amount
      from typed
    returning invoice_id
),
lines as (
    insert into invoice_line (invoice_id, line_no, sale_id, description, amount_excl_vat, vat_treatment, vat_rate,
                              vat_amount)
    select invoice_id, 1, sale_id, description, amount_excl_vat, vat_treatment, vat_rate, vat_amount
      from typed
),
ledger as (
    insert into activity_ledger_entry (activity_id, entry_date, kind, amount, source_type, source_id)
    select activity_id, issue_date, 'TURNOVER', amount_excl_vat, 'INVOICE', invoice_number
      from typed where activity_id is not null
    union all
    select activity_id, issue_date, 'MUTUALISED_FEE', -fee_amount, 'INVOICE', invoice_number
      from typed where activity_id is not null and fee_amount <> 0
)
select count(*) from issued
