-- Payments job: statement keys that survive the yearly restart of CODA numbering, the files seen
-- each day (the restart key of the import), refused statements, and payments split between the
-- amount applied to an invoice and the amount left in suspense.

-- CODA paper statement numbers (3 digits) and most camt sequence numbers restart every year:
-- a statement is the same one when account, year of its date and sequence number are the same.
alter table bank_statement
    add column statement_year smallint generated always as (extract(year from statement_date)::smallint) stored;
alter table bank_statement drop constraint bank_statement_account_sequence_no_key;
alter table bank_statement add constraint bank_statement_account_year_sequence_key
    unique (account, statement_year, sequence_no);
alter table bank_statement add column line_count integer not null default 0 check (line_count >= 0);
create index bank_statement_imported_on on bank_statement (imported_on);
create index bank_statement_account_date on bank_statement (account, statement_date);

-- One row per statement file of a business date, written in the transaction that imports (or
-- refuses) it: a restarted import passes over the files it already handled.
create table bank_statement_file (
    business_date   date        not null,
    file_name       text        not null,
    outcome         varchar(8)  not null check (outcome in ('IMPORTED', 'REFUSED')),
    statements      integer     not null check (statements >= 0),
    duplicates      integer     not null check (duplicates >= 0),
    lines           integer     not null check (lines >= 0),
    matched         integer     not null check (matched >= 0),
    partial         integer     not null check (partial >= 0),
    suspense        integer     not null check (suspense >= 0),
    primary key (business_date, file_name),
    check (lines = matched + partial + suspense),
    check (outcome = 'IMPORTED' or (statements = 0 and lines = 0))
);

-- Refused files and statements (REFUSED), and statements imported with a finding a person must
-- look at (WARNING: the old balance is not the new balance of the account's previous statement).
create table bank_statement_reject (
    business_date  date        not null,
    file_name      text        not null,
    problem_no     smallint    not null,
    action         varchar(8)  not null check (action in ('REFUSED', 'WARNING')),
    account        varchar(34),
    sequence_no    varchar(35),
    line           integer     not null,
    reason         text        not null,
    primary key (business_date, file_name, problem_no)
);

-- A line's amount = what was applied to the invoice + what waits in suspense for a person.
-- An over-payment pays its invoice and leaves the excess in suspense on the same row, so each
-- statement line keeps exactly one payment row (primary key statement_id, line_no).
alter table payment add column applied_amount numeric(14,2) not null default 0;
alter table payment add column suspense_amount numeric(14,2) not null default 0;
alter table payment add column business_date date;
update payment set applied_amount = case when status = 'SUSPENSE' then 0 else amount end,
                   suspense_amount = case when status = 'SUSPENSE' then amount else 0 end,
                   business_date = paid_on;
alter table payment alter column business_date set not null;
alter table payment add constraint payment_amount_split check (amount = applied_amount + suspense_amount);
alter table payment add constraint payment_suspense_only_in_suspense check (status = 'SUSPENSE' or suspense_amount = 0);
alter table payment add constraint payment_applied_needs_invoice check (applied_amount = 0 or invoice_id is not null);
alter table payment add constraint payment_match_rule
    check (match_rule is null or match_rule in ('COMMUNICATION', 'INVOICE_NUMBER', 'ACCOUNT_AMOUNT'));
create index payment_suspense on payment (business_date) where status = 'SUSPENSE' and resolved_on is null;
