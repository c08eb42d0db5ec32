-- Applying an acknowledgement, made an update in place (docs/dimona.md, "States"). Each declaration
-- is inserted, updated when its file is written (state, file_name, sent_on) and updated again when
-- DIMONA answers (state, acked_on, period id, messages). PostgreSQL rewrites a row without touching
-- any index (a "HOT" update) only when no indexed column changes, no index predicate reads a changed
-- column, and the row's page has room for the new version. The answer's update changed two:
--  - state, read by dimona_to_send's predicate. "To send" is also "in no file yet" (the check
--    (state = 'TO_SEND') = (file_name is null) of V30), and file_name is set once, with the file:
--    dimona_unsent indexes the same rows by a column the answer does not change;
--  - acked_on, indexed to find the declarations a night's acknowledgements applied to (for the
--    night's candidates and report). They are recorded instead in dimona_ack_applied, one narrow
--    row each, by the statement that applies the file.
-- Declaration pages are filled to half: a night's declarations sit side by side and are sent, then
-- answered, together; the room also takes the version the file's update writes (that one changes
-- file_name and sent_on, both indexed, and stays a full update).
create index dimona_unsent on dimona_declaration (contract_id) where file_name is null;
drop index dimona_to_send;

create table dimona_ack_applied (
    business_date  date   not null,
    declaration_id bigint not null,
    primary key (business_date, declaration_id)
);
-- each row names a declaration, checked once per statement (V6); declarations answered are never
-- deleted (only a declaration in no file yet is, when its contract changed before it was written)
call check_reference_per_statement('dimona_ack_applied', 'declaration_id', 'dimona_declaration', 'declaration_id');
insert into dimona_ack_applied (business_date, declaration_id)
select acked_on, declaration_id from dimona_declaration where acked_on is not null;
drop index dimona_acked_on;

alter table dimona_declaration set (fillfactor = 50);
