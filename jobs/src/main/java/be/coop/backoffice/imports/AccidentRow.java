package be.coop.backoffice.imports;

import java.time.LocalDate;

/** An accident declaration, from {@code accidents.csv}. */
public record AccidentRow(String accidentId, String memberId, String contractId, LocalDate accidentDate,
                          LocalDate declaredOn, String kind, int lostDays, boolean courier) {

    public static AccidentRow parse(CsvRow row) {
        Fields f = new Fields(row);
        String id = f.id("accident_id", true);
        String member = f.id("member_id", true);
        String contract = f.id("contract_id", false);
        LocalDate date = f.date("accident_date", true);
        LocalDate declared = f.date("declared_on", true);
        String kind = f.code("kind", true, Codes.ACCIDENT_KINDS);
        Integer lost = f.integer("lost_days", true, 0, 3650);
        boolean courier = Boolean.TRUE.equals(f.bool("courier", false));
        if (date != null && declared != null && declared.isBefore(date)) {
            f.error("declared_on", declared.toString(), "before the accident date " + date);
        }
        f.done();
        return new AccidentRow(id, member, contract, date, declared, kind, lost, courier);
    }
}
