-- No query looks payslips up by the end of their period (the year's figures read rates_year, the
-- night's report computed_on): the index was one more entry written for each of the year's 250,000
-- payslips. A month-end or annual job that needs it will say so with its own query.
drop index payslip_period_end;
