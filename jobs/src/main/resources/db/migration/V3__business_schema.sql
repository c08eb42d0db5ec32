-- The business tables of the back office. Money is numeric(14,2), never floating point; every
-- table that a feed fills records the business date it was imported on; constraints make bad
-- states impossible rather than merely unlikely.

-- Reference data -------------------------------------------------------------------------------

create table structure (
    code            varchar(2)  primary key,
    name            text        not null unique,
    -- training invoiced by Formateurs Associés is exempt from VAT
    vat_exempt      boolean     not null,
    invoice_prefix  varchar(4)  not null unique
);

create table office (
    code            varchar(20) primary key,
    name            text        not null unique
);

create table team (
    code            varchar(20) primary key,
    office_code     varchar(20) not null references office,
    name            text        not null
);

create table contract_type (
    code                    varchar(12) primary key,
    name                    text        not null,
    default_joint_committee smallint    not null check (default_joint_committee in (200, 304))
);

-- People and clients -----------------------------------------------------------------------------

create table member (
    member_id        varchar(20)  primary key,
    niss             char(11)     not null unique,
    last_name        text         not null,
    first_name       text         not null,
    birth_date       date         not null,
    iban             varchar(34)  not null,
    office_code      varchar(20)  not null references office,
    team_code        varchar(20)  references team,
    withholding_rate numeric(5,2) check (withholding_rate between 0 and 60),
    imported_on      date         not null
);

create table client (
    client_id          varchar(20) primary key,
    name               text        not null,
    kind               varchar(8)  not null check (kind in ('BUSINESS', 'PERSON', 'PUBLIC')),
    country            char(2)     not null check (country ~ '^[A-Z]{2}$'),
    enterprise_number  char(10)    check (enterprise_number ~ '^[01][0-9]{9}$'),
    vat_number         varchar(16),
    iban               varchar(34),
    payment_terms_days smallint    not null default 30 check (payment_terms_days between 0 and 120),
    bankrupt_on        date,
    imported_on        date        not null,
    check (country <> 'BE' or kind = 'PERSON' or enterprise_number is not null)
);
create index client_iban on client (iban) where iban is not null;

-- The two tools: Activities and Contracts ------------------------------------------------------

create table activity (
    activity_id     varchar(20) primary key,
    member_id       varchar(20) not null references member,
    name            text        not null,
    structure_code  varchar(2)  not null references structure,
    office_code     varchar(20) not null references office,
    opened_on       date        not null,
    imported_on     date        not null
);
create index activity_member on activity (member_id);

create table contract (
    contract_id      varchar(20)   primary key,
    member_id        varchar(20)   not null references member,
    structure_code   varchar(2)    not null references structure,
    contract_type    varchar(12)   not null references contract_type,
    joint_committee  smallint      not null check (joint_committee in (200, 304)),
    start_date       date          not null,
    end_date         date          not null,
    days_worked      smallint      not null check (days_worked >= 1),
    hours_worked     numeric(6,2)  not null check (hours_worked > 0),
    gross_amount     numeric(14,2) not null check (gross_amount > 0),
    activity_id      varchar(20)   references activity,
    client_id        varchar(20)   references client,
    office_code      varchar(20)   not null references office,
    courier          boolean       not null default false,
    status           varchar(9)    not null default 'ACTIVE' check (status in ('ACTIVE', 'CANCELLED')),
    -- the business date the contract was first encoded, amended last and cancelled
    encoded_on       date          not null,
    amended_on       date,
    cancelled_on     date,
    version          integer       not null default 1,
    check (end_date >= start_date and end_date - start_date <= 30),
    check (days_worked <= end_date - start_date + 1),
    check (hours_worked <= 24 * days_worked),
    check (activity_id is not null or client_id is not null),
    check ((status = 'CANCELLED') = (cancelled_on is not null))
);
create index contract_member on contract (member_id);
create index contract_start on contract (start_date);
create index contract_end on contract (end_date);

-- Sales to invoice, invoices, credit notes -------------------------------------------------------

create table sale (
    sale_id          varchar(20)   primary key,
    source_type      varchar(8)    not null check (source_type in ('ACTIVITY', 'CONTRACT')),
    activity_id      varchar(20)   references activity,
    contract_id      varchar(20)   references contract,
    client_id        varchar(20)   not null references client,
    amount_excl_vat  numeric(14,2) not null check (amount_excl_vat > 0),
    vat_regime       varchar(8)    not null check (vat_regime in ('STANDARD', 'REDUCED', 'EXEMPT')),
    sale_date        date          not null,
    fee_exempt       boolean       not null default false,
    description      text,
    status           varchar(9)    not null default 'ACTIVE' check (status in ('ACTIVE', 'CANCELLED')),
    imported_on      date          not null,
    cancelled_on     date,
    check ((source_type = 'ACTIVITY') = (activity_id is not null)),
    check ((source_type = 'CONTRACT') = (contract_id is not null)),
    check ((status = 'CANCELLED') = (cancelled_on is not null))
);
create index sale_imported_on on sale (imported_on);

-- Gapless numbering: one counter row per structure and calendar year, taken with a row lock in
-- the transaction that writes the invoice, so a rolled-back invoice gives its number back.
create table invoice_number_counter (
    structure_code  varchar(2) not null references structure,
    year            smallint   not null,
    last_number     integer    not null check (last_number >= 0),
    primary key (structure_code, year)
);

create table invoice (
    invoice_id               bigint generated always as identity primary key,
    invoice_number           varchar(20)   not null unique,
    structure_code           varchar(2)    not null references structure,
    year                     smallint      not null,
    number_in_year           integer       not null check (number_in_year >= 1),
    kind                     varchar(11)   not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    credited_invoice_id      bigint        references invoice,
    client_id                varchar(20)   not null references client,
    issue_date               date          not null,
    due_date                 date          not null,
    amount_excl_vat          numeric(14,2) not null,
    vat_amount               numeric(14,2) not null,
    amount_incl_vat          numeric(14,2) not null,
    structured_communication char(12)      not null unique,
    source_type              varchar(8)    not null check (source_type in ('ACTIVITY', 'CONTRACT')),
    source_id                varchar(20)   not null,
    status                   varchar(14)   not null default 'OPEN'
        check (status in ('OPEN', 'PARTIALLY_PAID', 'PAID', 'CREDITED', 'WRITTEN_OFF')),
    paid_amount              numeric(14,2) not null default 0,
    paid_on                  date,
    disputed                 boolean       not null default false,
    blocked                  boolean       not null default false,
    unique (structure_code, year, number_in_year),
    check (amount_incl_vat = amount_excl_vat + vat_amount),
    check (due_date >= issue_date),
    check ((kind = 'CREDIT_NOTE') = (credited_invoice_id is not null)),
    check ((kind = 'INVOICE' and amount_excl_vat > 0) or (kind = 'CREDIT_NOTE' and amount_excl_vat < 0))
);
create index invoice_client on invoice (client_id);
create index invoice_open_due on invoice (due_date) where status in ('OPEN', 'PARTIALLY_PAID');

create table invoice_line (
    invoice_id      bigint        not null references invoice,
    line_no         smallint      not null,
    sale_id         varchar(20)   not null references sale,
    description     text,
    amount_excl_vat numeric(14,2) not null,
    vat_treatment   varchar(16)   not null
        check (vat_treatment in ('BE_21', 'BE_6', 'EXEMPT_TRAINING', 'REVERSE_CHARGE', 'EXPORT')),
    vat_rate        numeric(5,4)  not null check (vat_rate >= 0 and vat_rate < 1),
    vat_amount      numeric(14,2) not null,
    primary key (invoice_id, line_no)
);
-- each sale is invoiced once and credited at most once
create unique index invoice_line_sale_once on invoice_line (sale_id, (amount_excl_vat > 0));

-- Bank statements and payments -------------------------------------------------------------------

create table bank_statement (
    statement_id    bigint generated always as identity primary key,
    format          varchar(8)    not null check (format in ('CODA', 'CAMT053')),
    file_name       text          not null,
    account         varchar(34)   not null,
    sequence_no     varchar(35)   not null,
    statement_date  date          not null,
    old_balance     numeric(14,2) not null,
    new_balance     numeric(14,2) not null,
    imported_on     date          not null,
    unique (account, sequence_no)
);

create table bank_statement_line (
    statement_id             bigint        not null references bank_statement,
    line_no                  integer       not null,
    value_date               date          not null,
    amount                   numeric(14,2) not null,
    structured_communication char(12),
    communication            text,
    counterparty_iban        varchar(34),
    counterparty_name        text,
    bank_reference           text,
    primary key (statement_id, line_no)
);

-- Every statement line ends in exactly one row here: matched, partial or suspense.
create table payment (
    statement_id   bigint        not null,
    line_no        integer       not null,
    invoice_id     bigint        references invoice,
    amount         numeric(14,2) not null,
    paid_on        date          not null,
    status         varchar(8)    not null check (status in ('MATCHED', 'PARTIAL', 'SUSPENSE')),
    match_rule     varchar(24),
    reason         text,
    resolved_on    date,
    primary key (statement_id, line_no),
    foreign key (statement_id, line_no) references bank_statement_line,
    check (status = 'SUSPENSE' or invoice_id is not null)
);
create index payment_invoice on payment (invoice_id);

-- Reminders and debt recovery --------------------------------------------------------------------

create table reminder (
    reminder_id        bigint generated always as identity primary key,
    invoice_id         bigint        not null references invoice,
    level              smallint      not null check (level between 1 and 3),
    sent_on            date          not null,
    amount_due         numeric(14,2) not null check (amount_due > 0),
    interest           numeric(14,2) not null default 0 check (interest >= 0),
    compensation       numeric(14,2) not null default 0 check (compensation >= 0),
    letter_file        text,
    unique (invoice_id, level)
);

create table recovery_case (
    case_id        bigint generated always as identity primary key,
    client_id      varchar(20)   not null references client,
    opened_on      date          not null,
    status         varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'RECOVERED', 'WRITTEN_OFF', 'CLOSED')),
    amount_due     numeric(14,2) not null check (amount_due > 0),
    closed_on      date
);

create table recovery_case_invoice (
    case_id     bigint not null references recovery_case,
    invoice_id  bigint not null references invoice unique,
    primary key (case_id, invoice_id)
);

-- The Activity budget ----------------------------------------------------------------------------

create table expense (
    expense_id    varchar(20)   primary key,
    activity_id   varchar(20)   not null references activity,
    expense_date  date          not null,
    amount        numeric(14,2) not null check (amount > 0),
    category      varchar(14)   not null check (category in ('PURCHASE', 'TRAVEL', 'SERVICES', 'AUTHOR_RIGHTS', 'OTHER')),
    description   text,
    imported_on   date          not null
);

-- Credits are positive, debits negative; one entry per business event and kind, so a re-run
-- cannot post twice.
create table activity_ledger_entry (
    entry_id     bigint generated always as identity primary key,
    activity_id  varchar(20)   not null references activity,
    entry_date   date          not null,
    kind         varchar(16)   not null check (kind in ('TURNOVER', 'MUTUALISED_FEE', 'SALARY', 'EMPLOYER_COSTS',
                     'EXPENSE', 'AUTHOR_RIGHTS', 'LEASING', 'CARRY_FORWARD', 'TRANSFER')),
    amount       numeric(14,2) not null,
    source_type  varchar(16)   not null,
    source_id    varchar(40)   not null,
    unique (kind, source_type, source_id)
);
create index ledger_activity on activity_ledger_entry (activity_id, entry_date);

-- Payroll and declarations -----------------------------------------------------------------------

create table payslip (
    payslip_id             bigint generated always as identity primary key,
    contract_id            varchar(20)   not null unique references contract,
    member_id              varchar(20)   not null references member,
    period_end             date          not null,
    gross_amount           numeric(14,2) not null check (gross_amount > 0),
    worker_contribution    numeric(14,2) not null check (worker_contribution >= 0),
    taxable_amount         numeric(14,2) not null,
    withholding_tax        numeric(14,2) not null check (withholding_tax >= 0),
    net_amount             numeric(14,2) not null,
    allowance              numeric(14,2) not null default 0 check (allowance >= 0),
    amount_paid            numeric(14,2) not null check (amount_paid > 0),
    employer_costs         numeric(14,2) not null check (employer_costs >= 0),
    payment_date           date          not null,
    flags                  text,
    computed_on            date          not null,
    check (taxable_amount = gross_amount - worker_contribution),
    check (net_amount = taxable_amount - withholding_tax),
    check (amount_paid = net_amount + allowance),
    check (payment_date >= period_end)
);
create index payslip_payment_date on payslip (payment_date);

create table salary_payment_file (
    file_id        bigint generated always as identity primary key,
    payment_date   date          not null unique,
    file_name      text          not null,
    transfers      integer       not null check (transfers > 0),
    control_sum    numeric(14,2) not null check (control_sum > 0),
    written_on     date          not null
);

create table dimona_declaration (
    declaration_id  bigint generated always as identity primary key,
    contract_id     varchar(20) not null references contract,
    kind            varchar(6)  not null check (kind in ('IN', 'UPDATE', 'CANCEL')),
    start_date      date        not null,
    end_date        date        not null,
    state           varchar(20) not null default 'TO_SEND'
        check (state in ('TO_SEND', 'SENT', 'ACCEPTED', 'ACCEPTED_WARNING', 'REFUSED')),
    late            boolean     not null default false,
    created_on      date        not null,
    file_name       text,
    reference       varchar(40) unique,
    refusal_reason  text
);
create index dimona_contract on dimona_declaration (contract_id);

-- Leasing ----------------------------------------------------------------------------------------

create table leasing_contract (
    leasing_id       varchar(20)   primary key,
    activity_id      varchar(20)   not null references activity,
    asset_category   varchar(12)   not null check (asset_category in ('COMPUTER', 'AUDIOVISUAL', 'PHOTO', 'OTHER')),
    price            numeric(14,2) not null check (price > 0),
    annual_rate      numeric(6,3)  not null check (annual_rate between 0 and 20),
    duration_months  smallint      not null check (duration_months between 1 and 60),
    start_date       date          not null,
    imported_on      date          not null
);

create table leasing_schedule (
    leasing_id     varchar(20)   not null references leasing_contract,
    instalment_no  smallint      not null check (instalment_no >= 1),
    due_date       date          not null,
    instalment     numeric(14,2) not null check (instalment > 0),
    interest       numeric(14,2) not null check (interest >= 0),
    principal      numeric(14,2) not null check (principal >= 0),
    outstanding    numeric(14,2) not null check (outstanding >= 0),
    primary key (leasing_id, instalment_no),
    check (instalment = interest + principal)
);

-- Accidents --------------------------------------------------------------------------------------

create table accident (
    accident_id    varchar(20) primary key,
    member_id      varchar(20) not null references member,
    contract_id    varchar(20) references contract,
    accident_date  date        not null,
    declared_on    date        not null,
    kind           varchar(12) not null check (kind in ('WORK', 'COMMUTE', 'PRIVATE_LIFE', 'MOBILITY')),
    lost_days      integer     not null check (lost_days >= 0),
    courier        boolean     not null default false,
    imported_on    date        not null,
    check (declared_on >= accident_date)
);

-- Figures published in earlier annual reports, for the year-on-year columns ----------------------

create table published_figure (
    year          smallint      not null,
    report_table  varchar(30)   not null,
    line          varchar(60)   not null,
    value         numeric(16,2) not null,
    primary key (year, report_table, line)
);

-- Feed import bookkeeping ------------------------------------------------------------------------

-- One row per business date and feed: what the file held and where every line went.
create table import_file (
    business_date  date        not null,
    feed           varchar(12) not null,
    file_name      text        not null,
    lines_read     integer     not null check (lines_read >= 0),
    written        integer     not null check (written >= 0),
    rejected       integer     not null check (rejected >= 0),
    primary key (business_date, feed),
    check (lines_read = written + rejected)
);

-- Every rejected line with the field and the rule it breaks; the day's rejects file is written
-- from here, so a restarted import neither loses nor repeats one.
create table import_reject (
    business_date  date        not null,
    feed           varchar(12) not null,
    file_name      text        not null,
    line           integer     not null,
    error_no       smallint    not null,
    record_id      text,
    field          text        not null,
    value          text,
    reason         text        not null,
    primary key (business_date, feed, line, error_no)
);
