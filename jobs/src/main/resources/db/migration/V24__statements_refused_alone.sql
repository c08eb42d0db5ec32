-- A statement of a file can be refused alone for another reason than a duplicate: one kept in
-- another currency than the euro (docs/payments.md). The count says what it counts.
alter table bank_statement_file rename column duplicates to statements_refused;
