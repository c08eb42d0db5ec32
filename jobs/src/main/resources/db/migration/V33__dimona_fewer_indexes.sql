-- Every declaration is inserted, then updated twice (sent, acknowledged); each update of an
-- indexed column writes an entry in every index of the table. Two indexes add nothing:
-- dimona_contract is the leading column of dimona_contract_latest, and a night's file is found by
-- sent_on (set with file_name, the night's date) through dimona_sent_on.
drop index dimona_contract;
drop index dimona_file;
