-- The invoices open at the end of business date D (the only parameter, named :asOf), what each
-- client still owes on each, as the books stood that night: an amount counts once the night that
-- booked it is on or before D, so the report of a date is the same whenever it is written again.
--   paid      payments applied by the matching of a statement imported on or before D
--             (payment.business_date), and suspense amounts a person sent to the invoice on or
--             before D (suspense_allocation, payment.resolved_on);
--   credited  credit notes issued on or before D (their amounts are negative).
-- Candidates are the invoices open now, those credited after a payment (the client is owed the
-- payment back) and those something touched after D, so the nightly run reads the open items and
-- not every invoice ever issued.
with candidate as (
    select invoice_id from invoice
     where status in ('OPEN', 'PARTIALLY_PAID') and kind = 'INVOICE' and issue_date <= :asOf
    union
    select invoice_id from invoice where status = 'CREDITED' and paid_amount <> 0
    union
    select invoice_id from payment where invoice_id is not null and business_date > :asOf
    union
    select a.invoice_id
      from suspense_allocation a join payment p on p.statement_id = a.statement_id and p.line_no = a.line_no
     where a.invoice_id is not null and p.resolved_on > :asOf
    union
    select credited_invoice_id from invoice where kind = 'CREDIT_NOTE' and issue_date > :asOf
),
settled as (
    select p.invoice_id, p.applied_amount as amount
      from payment p join candidate c on c.invoice_id = p.invoice_id
     where p.business_date <= :asOf and p.applied_amount <> 0
    union all
    select a.invoice_id, a.amount
      from suspense_allocation a
      join payment p on p.statement_id = a.statement_id and p.line_no = a.line_no
      join candidate c on c.invoice_id = a.invoice_id
     where a.outcome = 'INVOICE' and p.resolved_on <= :asOf
    union all
    select n.credited_invoice_id, -n.amount_incl_vat
      from invoice n join candidate c on c.invoice_id = n.credited_invoice_id
     where n.kind = 'CREDIT_NOTE' and n.issue_date <= :asOf
)
select i.client_id, cl.name as client_name, i.invoice_number, i.due_date,
       i.amount_incl_vat - coalesce(sum(s.amount), 0) as open_amount
  from invoice i
  join candidate using (invoice_id)
  join client cl on cl.client_id = i.client_id
  left join settled s on s.invoice_id = i.invoice_id
 where i.kind = 'INVOICE' and i.issue_date <= :asOf
 group by i.invoice_id, cl.name
having i.amount_incl_vat - coalesce(sum(s.amount), 0) <> 0
 order by i.client_id collate "C", i.due_date, i.invoice_number collate "C"
