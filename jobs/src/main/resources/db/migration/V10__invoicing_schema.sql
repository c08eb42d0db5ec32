-- Invoicing (docs/invoicing.md): the digit each structure lends to its invoices' structured
-- communications, the cooperative's fee register, and the sales the day's invoicing refused.

-- Structured communication base = digit (1) + two-digit year (2) + number in year (7).
alter table structure add column communication_digit smallint unique
    check (communication_digit between 1 and 9);
update structure set communication_digit = case code when 'PA' then 1 when 'PI' then 2 when 'FA' then 3 end;
alter table structure alter column communication_digit set not null;

-- The mutualised fee the cooperative earns, one row per invoice and per credit note, for both
-- tools: Activity sales (whose Activity ledger also carries the fee as a debit) and Contracts
-- (which have no Activity to post to). Fee-exempt turnover is recorded with a fee of zero, so the
-- turnover bearing no fee is visible. A credit note's row negates its invoice's row.
create table fee_posting (
    invoice_id         bigint        primary key references invoice,
    posting_date       date          not null,
    structure_code     varchar(2)    not null references structure,
    source_type        varchar(8)    not null check (source_type in ('ACTIVITY', 'CONTRACT')),
    source_id          varchar(20)   not null,
    turnover_excl_vat  numeric(14,2) not null,
    fee_exempt         boolean       not null,
    fee_rate           numeric(6,5)  not null check (fee_rate >= 0 and fee_rate < 1),
    fee_amount         numeric(14,2) not null,
    check (not fee_exempt or fee_amount = 0),
    check (sign(fee_amount) * sign(turnover_excl_vat) >= 0)
);
create index fee_posting_date on fee_posting (posting_date);

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
