-- The nights whose payslip computation completed (docs/payroll.md, "Which contracts, once"). When
-- night N completed, every active contract then known that had ended by N had its payslip; a later
-- night therefore looks for unpaid contracts only among those ending after N or encoded, amended or
-- cancelled after N (with a day of slack), instead of every contract that ever ended.
create table payroll_night (
    business_date  date        primary key,
    payslips       integer     not null check (payslips >= 0)
);

-- contracts encoded after their end (late encodings), the only ones ended before the bound that
-- can still be unpaid without an amendment
create index contract_encoded_after_end on contract (encoded_on) where encoded_on > end_date;
