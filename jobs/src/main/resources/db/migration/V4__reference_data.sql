insert into structure (code, name, vat_exempt, invoice_prefix) values
    ('PA', 'Productions Associées', false, 'PA'),
    ('PI', 'Palais de l''Intérim', false, 'PI'),
    ('FA', 'Formateurs Associés', true, 'FA');

insert into office (code, name) values
    ('ANTWERPEN', 'Antwerpen'), ('BRUXELLES', 'Bruxelles'), ('CHARLEROI', 'Charleroi'),
    ('EUPEN', 'Eupen'), ('GENK', 'Genk'), ('GENT', 'Gent'), ('KORTRIJK', 'Kortrijk'),
    ('LIEGE', 'Liège'), ('LOUVAIN_LA_NEUVE', 'Louvain-la-Neuve'), ('MONS', 'Mons'),
    ('NAMUR', 'Namur'), ('TOURNAI', 'Tournai'), ('NO_OFFICE', 'No office (NO TEAM)');

insert into team (code, office_code, name) values
    ('GREEN', 'BRUXELLES', 'Green'), ('PURPLE', 'BRUXELLES', 'Purple'), ('YELLOW', 'BRUXELLES', 'Yellow'),
    ('BLUE', 'BRUXELLES', 'Blue'), ('TURQUOISE', 'BRUXELLES', 'Turquoise');

insert into contract_type (code, name, default_joint_committee) values
    ('EMPLOYEE', 'Employee', 200),
    ('STUDENT', 'Student', 200),
    ('ARTIST', 'Artist', 304),
    ('ARTIST_1BIS', 'Artist (article 1bis)', 304);

-- Turnover invoiced as published (Contracts / Activities), 2008-2017
insert into published_figure (year, report_table, line, value) values
    (2008, 'turnover', 'contracts', 53519624), (2008, 'turnover', 'activities', 13265501),
    (2009, 'turnover', 'contracts', 56307017), (2009, 'turnover', 'activities', 17969508),
    (2010, 'turnover', 'contracts', 65255525), (2010, 'turnover', 'activities', 28372044),
    (2011, 'turnover', 'contracts', 65384542), (2011, 'turnover', 'activities', 41754358),
    (2012, 'turnover', 'contracts', 65221098), (2012, 'turnover', 'activities', 49586640),
    (2013, 'turnover', 'contracts', 65255718), (2013, 'turnover', 'activities', 52486220),
    (2014, 'turnover', 'contracts', 51580196), (2014, 'turnover', 'activities', 65601868),
    (2015, 'turnover', 'contracts', 50831046), (2015, 'turnover', 'activities', 72073745),
    (2016, 'turnover', 'contracts', 55033418), (2016, 'turnover', 'activities', 81047629),
    (2017, 'turnover', 'contracts', 56619509), (2017, 'turnover', 'activities', 93388638);

-- Members' activity budget 2016 (the comparison column of the 2017 report)
insert into published_figure (year, report_table, line, value) values
    (2016, 'activity_budget', 'turnover_activities', 81047629),
    (2016, 'activity_budget', 'turnover_contracts', 55033418),
    (2016, 'activity_budget', 'total_products', 136081047),
    (2016, 'activity_budget', 'gross_salaries', 66977961),
    (2016, 'activity_budget', 'employer_costs', 35479492),
    (2016, 'activity_budget', 'author_rights', 3389906),
    (2016, 'activity_budget', 'mutualised_fee', 8908889),
    (2016, 'activity_budget', 'expenses', 18379542),
    (2016, 'activity_budget', 'carried_forward', 2945256),
    (2016, 'activity_budget', 'total_charges', 136081047);

-- Leasing at 31 December of the prior years
insert into published_figure (year, report_table, line, value) values
    (2015, 'leasing', 'new_contracts', 335), (2016, 'leasing', 'new_contracts', 248),
    (2015, 'leasing', 'running', 202), (2016, 'leasing', 'running', 157),
    (2015, 'leasing', 'outstanding', 390842), (2016, 'leasing', 'outstanding', 314885),
    (2015, 'leasing', 'contract_value', 634376), (2016, 'leasing', 'contract_value', 529024),
    (2015, 'leasing', 'average_duration_months', 14), (2016, 'leasing', 'average_duration_months', 15),
    (2015, 'leasing', 'average_contract_value', 3140), (2016, 'leasing', 'average_contract_value', 3370),
    (2015, 'leasing', 'average_instalment', 263), (2016, 'leasing', 'average_instalment', 291),
    (2015, 'leasing', 'interest_accrued', 19337), (2016, 'leasing', 'interest_accrued', 18322);

-- Accidents, receivables, losses of 2016
insert into published_figure (year, report_table, line, value) values
    (2016, 'accidents', 'declarations', 119),
    (2016, 'receivables', 'dso_days', 42),
    (2016, 'receivables', 'bankruptcy_losses', 909241);

-- The payroll table of the 2017 report (workers by contract type and by structure), which the
-- sample year reproduces and the demo compares with
insert into published_figure (year, report_table, line, value) values
    (2017, 'payroll', 'all.workers', 22928), (2017, 'payroll', 'all.gross', 71650159.21), (2017, 'payroll', 'all.days', 677840),
    (2017, 'payroll', 'employee.workers', 10817), (2017, 'payroll', 'employee.gross', 35875895.17), (2017, 'payroll', 'employee.days', 330952),
    (2017, 'payroll', 'student.workers', 4677), (2017, 'payroll', 'student.gross', 5345597.55), (2017, 'payroll', 'student.days', 99018),
    (2017, 'payroll', 'artist.workers', 9886), (2017, 'payroll', 'artist.gross', 28588152.05), (2017, 'payroll', 'artist.days', 228483),
    (2017, 'payroll', 'artist 1er bis.workers', 882), (2017, 'payroll', 'artist 1er bis.gross', 1840514.44), (2017, 'payroll', 'artist 1er bis.days', 19387),
    (2017, 'payroll', 'artists (both).workers', 10344), (2017, 'payroll', 'artists (both).gross', 30428666.49), (2017, 'payroll', 'artists (both).days', 247870),
    (2017, 'payroll', 'PA.workers', 21438), (2017, 'payroll', 'PA.days', 619590),
    (2017, 'payroll', 'PI.workers', 1747), (2017, 'payroll', 'PI.days', 37972),
    (2017, 'payroll', 'FA.workers', 837), (2017, 'payroll', 'FA.days', 20278);
