-- The references the nightly payroll and DIMONA steps write, checked once per statement (V5, V6,
-- docs/architecture.md, "Database"): per payslip its contract, member, structure, contract type and
-- Activity, then its salary file; per declaration its contract and structure. Each was a query
-- locking the parent row (a write of each contract, twice, and of each member). The parents are
-- kept for good: contracts are cancelled and members leave, neither is deleted; structures and
-- contract types are reference data; a salary file is the record of a transfer sent to the bank.

alter table payslip drop constraint payslip_contract_id_fkey;
alter table payslip drop constraint payslip_member_id_fkey;
alter table payslip drop constraint payslip_structure_code_fkey;
alter table payslip drop constraint payslip_contract_type_fkey;
alter table payslip drop constraint payslip_activity_id_fkey;
alter table payslip drop constraint payslip_salary_payment_file_id_fkey;
alter table dimona_declaration drop constraint dimona_declaration_contract_id_fkey;
alter table dimona_declaration drop constraint dimona_declaration_structure_code_fkey;

call check_reference_per_statement('payslip', 'contract_id', 'contract', 'contract_id');
call check_reference_per_statement('payslip', 'member_id', 'member', 'member_id');
call check_reference_per_statement('payslip', 'structure_code', 'structure', 'code');
call check_reference_per_statement('payslip', 'contract_type', 'contract_type', 'code');
call check_reference_per_statement('payslip', 'activity_id', 'activity', 'activity_id');
call check_reference_per_statement('payslip', 'salary_payment_file_id', 'salary_payment_file', 'file_id');
create trigger payslip_salary_file_updated after update on payslip referencing new table as new_rows
    for each statement execute function require_parent('salary_payment_file_id', 'salary_payment_file', 'file_id');
create trigger payslip_references_written_once
    before update of contract_id, member_id, structure_code, contract_type, activity_id on payslip for each row
    when (old.contract_id is distinct from new.contract_id or old.member_id is distinct from new.member_id
          or old.structure_code is distinct from new.structure_code
          or old.contract_type is distinct from new.contract_type or old.activity_id is distinct from new.activity_id)
    execute function refuse_changing_reference('contract_id, member_id, structure_code, contract_type or activity_id');

call check_reference_per_statement('dimona_declaration', 'contract_id', 'contract', 'contract_id');
call check_reference_per_statement('dimona_declaration', 'structure_code', 'structure', 'code');
create trigger dimona_references_written_once
    before update of contract_id, structure_code on dimona_declaration for each row
    when (old.contract_id is distinct from new.contract_id or old.structure_code is distinct from new.structure_code)
    execute function refuse_changing_reference('contract_id or structure_code');

-- the parents, kept for good
call keep_rows_for_good('contract', 'contract_id');
call keep_rows_for_good('member', 'member_id');
call keep_rows_for_good('structure', 'code');
call keep_rows_for_good('contract_type', 'code');
call keep_rows_for_good('salary_payment_file', 'file_id');
