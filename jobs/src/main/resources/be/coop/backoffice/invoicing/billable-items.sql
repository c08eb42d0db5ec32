-- The billable items of a business date, in the order their numbers are given (parameters: the
-- business date, twice). Only what is not done yet is selected, so a restarted run reads exactly
-- the items its killed predecessor did not commit, in the same order, and gives them the same
-- numbers:
--   INVOICE      an ACTIVE sale imported up to the business date that has no invoice line;
--   CREDIT_NOTE  a sale CANCELLED up to the business date whose invoice line has no credit line.
-- A sale cancelled before it was invoiced is in neither. The structure of an Activity sale is its
-- Activity's, of a Contract sale its contract's; a credit note keeps its invoice's structure. The
-- structures' terms are looked up by the reader (InvoicingStructure): joined here on that
-- expression, the planner expected a hundredth of the rows and looked clients up one by one.
-- Collation "C" makes the order the same on every server.
select *
  from (select 'INVOICE' as kind, s.sale_id, s.source_type, coalesce(s.activity_id, s.contract_id) as source_id,
               s.activity_id, coalesce(a.structure_code, k.structure_code) as structure_code,
               c.client_id, c.kind as client_kind, c.country as client_country, c.vat_number as client_vat_number, c.payment_terms_days,
               s.amount_excl_vat, s.vat_regime, s.sale_date, s.fee_exempt, s.description,
               null::bigint as credited_invoice_id, null::text as credited_invoice_number,
               null::text as credited_vat_treatment, null::numeric as credited_vat_amount,
               null::numeric as credited_fee_rate, null::numeric as credited_fee_amount
          from sale s
          join client c on c.client_id = s.client_id
          left join activity a on a.activity_id = s.activity_id
          left join contract k on k.contract_id = s.contract_id
         where s.status = 'ACTIVE'
           and s.imported_on <= ?
           and not exists (select 1 from invoice_line l where l.sale_id = s.sale_id)
        union all
        select 'CREDIT_NOTE', s.sale_id, i.source_type, i.source_id,
               s.activity_id, i.structure_code,
               c.client_id, c.kind, c.country, c.vat_number, c.payment_terms_days,
               l.amount_excl_vat, s.vat_regime, s.sale_date, s.fee_exempt, s.description,
               i.invoice_id, i.invoice_number,
               l.vat_treatment, l.vat_amount,
               i.fee_rate, i.fee_amount
          from sale s
          join invoice_line l on l.sale_id = s.sale_id and l.amount_excl_vat > 0
          join invoice i on i.invoice_id = l.invoice_id
          join client c on c.client_id = i.client_id
         where s.status = 'CANCELLED'
           and s.cancelled_on <= ?
           and not exists (select 1 from invoice_line n where n.sale_id = s.sale_id and n.amount_excl_vat < 0)
       ) item
 order by structure_code collate "C", kind collate "C", sale_date, sale_id collate "C"
