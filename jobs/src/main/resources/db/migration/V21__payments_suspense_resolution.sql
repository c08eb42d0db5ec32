-- Suspense resolved by a person (docs/payments.md, "Resolving suspense"). The payment row of a
-- statement line keeps the split the matching made (amount = applied + suspense); where a person sent
-- the suspense amount is written beside it, one row per part, adding up to it exactly, and the line
-- leaves the suspense queue (resolved_on, index payment_suspense) in the same transaction.

alter table payment add column resolved_by text;
alter table payment add column resolution_note text;
-- not valid: a row resolved by hand before this migration is not checked, every later write is
alter table payment add constraint payment_resolved_by check (resolved_on is null or resolved_by is not null) not valid;

create table suspense_allocation (
    statement_id   bigint        not null,
    line_no        integer       not null,
    part_no        smallint      not null check (part_no >= 1),
    -- INVOICE: applied to the invoice (its paid amount and status were updated);
    -- REFUND: money to pay back to the payer; NOT_A_PAYMENT: no client's payment (bank charges,
    -- internal transfer), booked outside the receivables
    outcome        varchar(13)   not null check (outcome in ('INVOICE', 'REFUND', 'NOT_A_PAYMENT')),
    invoice_id     bigint        references invoice,
    amount         numeric(14,2) not null check (amount <> 0),
    primary key (statement_id, line_no, part_no),
    foreign key (statement_id, line_no) references payment,
    check ((outcome = 'INVOICE') = (invoice_id is not null)),
    check (outcome = 'NOT_A_PAYMENT' or amount > 0)
);
create index suspense_allocation_invoice on suspense_allocation (invoice_id);
