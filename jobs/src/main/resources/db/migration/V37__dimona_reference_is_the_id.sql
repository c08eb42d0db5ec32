-- A declaration's reference is DIM followed by its id on 12 digits, written with the row
-- (DimonaPreparation): unique because the id is, which the check below makes a rule (an id of 13
-- digits would be cut by lpad). Its own unique index was one more entry written at every insert and
-- every full update of a declaration; acknowledgements find a declaration by the id its reference
-- carries (DimonaAcks).
alter table dimona_declaration add constraint dimona_reference_is_the_id
    check (declaration_id < 1000000000000 and reference = 'DIM' || lpad(declaration_id::text, 12, '0'));
alter table dimona_declaration drop constraint dimona_declaration_reference_key;

-- Only the declarations in a file are looked up by sent_on (a night's file and report): the others
-- need no entry.
drop index dimona_sent_on;
create index dimona_sent_on on dimona_declaration (sent_on) where sent_on is not null;
