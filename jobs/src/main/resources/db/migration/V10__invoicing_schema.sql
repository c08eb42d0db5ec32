-- Invoicing (docs/invoicing.md): the digit each structure lends to its invoices' structured
-- communications, the mutualised fee on each invoice, and the sales the day's invoicing refused.

-- Structured communication base = digit (1) + two-digit year (2) + number in year (7).
alter table structure add column communication_digit smallint unique
    check (communication_digit between 1 and 9);
update structure set communication_digit = case code when 'PA' then 1 when 'PI' then 2 when 'FA' then 3 end;
alter table structure alter column communication_digit set not null;

-- The mutualised fee the cooperative earns on each invoice, for both tools: Activity sales (whose
-- Activity ledger also carries it, as a MUTUALISED_FEE debit) and Contracts (which have no
-- Activity to post to, so the invoice is where their fee lives). Fee-exempt turnover carries a fee
-- of zero and fee_exempt, so the turnover bearing no fee stays visible. A credit note carries the
-- negated fee of the invoice it cancels. Defaults keep inserts that do not know about fees valid.
alter table invoice
    add column fee_exempt boolean       not null default false,
    add column fee_rate   numeric(6,5)  not null default 0 check (fee_rate >= 0 and fee_rate < 1),
    add column fee_amount numeric(14,2) not null default 0,
    add constraint invoice_fee_exempt_bears_no_fee check (not fee_exempt or fee_amount = 0),
    add constraint invoice_fee_sign check (sign(fee_amount) * sign(amount_excl_vat) >= 0);

-- Sales a day's invoicing left uninvoiced, with the rule they break; listed in
-- outbox/<date>/invoicing-rejects.csv. Such a sale is offered again every day until it is fixed
-- or cancelled.
create table invoicing_reject (
    business_date  date        not null,
    sale_id        varchar(20) not null references sale,
    reason         text        not null,
    primary key (business_date, sale_id)
);

-- The day's register reads invoices by issue date; credit notes look up cancelled sales.
create index invoice_issue_date on invoice (issue_date);
create index sale_cancelled on sale (cancelled_on) where status = 'CANCELLED';
