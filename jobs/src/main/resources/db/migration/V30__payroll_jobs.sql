-- The payroll and DIMONA jobs (docs/payroll.md, docs/dimona.md): what a payslip must keep to be
-- explained and counted later, how a payslip is tied to the one salary file that pays it, and what
-- a DIMONA declaration sent must keep for its file to be rewritten identically and for its
-- acknowledgement to be applied.

-- Payslips --------------------------------------------------------------------------------------

alter table payslip
    add column contract_type           varchar(12)   not null references contract_type,
    add column structure_code          varchar(2)    not null references structure,
    add column activity_id             varchar(20)   references activity,
    add column rates_year              smallint      not null,
    add column days_worked             smallint      not null check (days_worked >= 1),
    add column hours_worked            numeric(6,2)  not null check (hours_worked > 0),
    -- hours worked, raised for couriers to the daily minimum; what a student's quota counts
    add column paid_hours              numeric(8,2)  not null check (paid_hours > 0),
    -- a student's hours already worked in the rates year before this contract (0 for others)
    add column student_hours_before    numeric(8,2)  not null default 0 check (student_hours_before >= 0),
    add column hours_beyond_quota      numeric(8,2)  not null default 0 check (hours_beyond_quota >= 0),
    add column courier_shortfall       numeric(14,2) not null default 0 check (courier_shortfall >= 0),
    add column ordinary_contribution   numeric(14,2) not null check (ordinary_contribution >= 0),
    add column solidarity_contribution numeric(14,2) not null default 0 check (solidarity_contribution >= 0),
    add column withholding_rate        numeric(6,4)  not null check (withholding_rate >= 0 and withholding_rate < 1),
    -- the salary payment date the rule gives; payment_date is later only for work paid late
    add column due_payment_date        date          not null,
    -- the one file that pays this payslip (null until it is written)
    add column salary_payment_file_id  bigint        references salary_payment_file,
    -- why the bank file could not carry this payslip (invalid IBAN, ...); it stays unpaid
    add column payment_refusal         text,
    add check (worker_contribution = ordinary_contribution + solidarity_contribution),
    add check (payment_date >= due_payment_date);

-- hours already worked by a student in a year, summed per chunk
create index payslip_student_hours on payslip (member_id, rates_year) include (paid_hours)
    where contract_type = 'STUDENT';
create index payslip_unpaid on payslip (payment_date) where salary_payment_file_id is null;
create index payslip_file on payslip (salary_payment_file_id);
create index payslip_computed_on on payslip (computed_on);
create index payslip_period_end on payslip (period_end);

alter table salary_payment_file
    add column message_id  varchar(35) not null unique,
    add column payers      integer     not null check (payers > 0);

-- DIMONA declarations ---------------------------------------------------------------------------

alter table dimona_declaration
    -- the contract's version the declaration reflects: a later amendment shows as a new version
    add column contract_version  integer     not null,
    add column structure_code    varchar(2)  not null references structure,
    add column worker_niss       char(11)    not null,
    add column worker_type       varchar(3)  not null check (worker_type in ('STU', 'OTH')),
    add column joint_committee   smallint    not null,
    -- students' planned hours (whole hours, rounded up), null for other workers
    add column planned_hours     smallint    check (planned_hours between 1 and 999),
    -- the period DIMONA gave the In (from its acknowledgement), repeated on updates and cancels
    add column dimona_period_id  bigint      check (dimona_period_id between 1 and 999999999999),
    add column sent_on           date,
    add column acked_on          date,
    add column ack_message       text,
    -- why the declaration could not be written (checks before writing); it stays TO_SEND
    add column error             text,
    add check ((state = 'TO_SEND') = (file_name is null)),
    add check (state not in ('ACCEPTED', 'ACCEPTED_WARNING') or kind <> 'IN' or dimona_period_id is not null);

create index dimona_contract_latest on dimona_declaration (contract_id, declaration_id desc);
create index dimona_acked_on on dimona_declaration (acked_on);
create index dimona_to_send on dimona_declaration (contract_id) where state = 'TO_SEND';
create index dimona_file on dimona_declaration (file_name);
create index dimona_sent_on on dimona_declaration (sent_on);

-- contracts encoded, amended or cancelled lately are the ones whose declarations may change
create index contract_encoded_on on contract (encoded_on);
create index contract_changed_on on contract ((greatest(amended_on, cancelled_on)))
    where amended_on is not null or cancelled_on is not null;

-- Lines of an acknowledgements file that could not be applied, for the day's DIMONA report.
create table dimona_ack_problem (
    business_date  date        not null,
    line           integer     not null,
    reference      text,
    reason         text        not null,
    primary key (business_date, line)
);
