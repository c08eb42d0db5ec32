-- The nights whose DIMONA preparation committed (docs/dimona.md, "Which declarations"). Recorded in
-- the preparation's own transaction: once night N is recorded, every active contract then stored
-- that started by N's horizon has a declaration, so a later night looks for contracts never
-- declared only among those starting or encoded since the day before N.
create table dimona_night (
    business_date  date     primary key,
    declarations   integer  not null check (declarations >= 0)
);
