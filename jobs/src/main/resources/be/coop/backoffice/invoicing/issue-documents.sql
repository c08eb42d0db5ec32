-- Inserts one chunk of numbered invoices and credit notes in one statement: the invoice rows with
-- their mutualised fee, their single line, the Activity ledger entries (turnover credit, fee debit; a credit
-- note's are the opposite) and the CREDITED status of the credited invoices. Parameters: one text
-- array per column of "item", all of the same length, in the order the numbers were given.
with item as (
    select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                         ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                         ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
           with ordinality
        as item(invoice_number, structure_code, number_in_year, kind, credited_invoice_id, client_id, due_date,
                amount_excl_vat, vat_amount, structured_communication, source_type, source_id, sale_id,
                description, vat_treatment, vat_rate, activity_id, fee_exempt, fee_rate, fee_amount, status, ord)
),
typed as (
    select invoice_number, structure_code, number_in_year::integer as number_in_year, kind,
           credited_invoice_id::bigint as credited_invoice_id, client_id, ?::date as issue_date,
           due_date::date as due_date, amount_excl_vat::numeric(14,2) as amount_excl_vat,
           vat_amount::numeric(14,2) as vat_amount, structured_communication, source_type, source_id, sale_id,
           description, vat_treatment, vat_rate::numeric(5,4) as vat_rate, activity_id,
           fee_exempt::boolean as fee_exempt, fee_rate::numeric(6,5) as fee_rate,
           fee_amount::numeric(14,2) as fee_amount, status, ord
      from item
),
issued as (
    insert into invoice (invoice_number, structure_code, year, number_in_year, kind, credited_invoice_id, client_id,
                         issue_date, due_date, amount_excl_vat, vat_amount, amount_incl_vat,
                         structured_communication, source_type, source_id, status, paid_amount, paid_on,
                         fee_exempt, fee_rate, fee_amount)
    select invoice_number, structure_code, extract(year from issue_date)::smallint, number_in_year, kind,
           credited_invoice_id, client_id, issue_date, due_date, amount_excl_vat, vat_amount,
           amount_excl_vat + vat_amount, structured_communication, source_type, source_id, status,
           case when status = 'PAID' then amount_excl_vat + vat_amount else 0 end,
           case when status = 'PAID' then issue_date end,
           fee_exempt, fee_rate, fee_amount
      from typed
     order by ord
    returning invoice_id, invoice_number
),
lines as (
    insert into invoice_line (invoice_id, line_no, sale_id, description, amount_excl_vat, vat_treatment, vat_rate,
                              vat_amount)
    select issued.invoice_id, 1, t.sale_id, t.description, t.amount_excl_vat, t.vat_treatment, t.vat_rate,
           t.vat_amount
      from typed t join issued using (invoice_number)
),
ledger as (
    insert into activity_ledger_entry (activity_id, entry_date, kind, amount, source_type, source_id)
    select activity_id, issue_date, 'TURNOVER', amount_excl_vat, 'INVOICE', invoice_number
      from typed where activity_id is not null
    union all
    select activity_id, issue_date, 'MUTUALISED_FEE', -fee_amount, 'INVOICE', invoice_number
      from typed where activity_id is not null and fee_amount <> 0
),
credited as (
    update invoice set status = 'CREDITED'
     where invoice_id in (select credited_invoice_id from typed where credited_invoice_id is not null)
)
select count(*) from issued
