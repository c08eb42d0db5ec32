package be.coop.backoffice.imports;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Niss;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/** A worker, from {@code members.csv}. */
public record MemberRow(String memberId, Niss niss, String lastName, String firstName, LocalDate birthDate,
                        Iban iban, String office, String team, BigDecimal withholdingRate) {

    public static MemberRow parse(CsvRow row) {
        Fields f = new Fields(row);
        String id = f.id("member_id", true);
        Niss niss = f.niss("niss", true);
        String lastName = f.text("last_name", true);
        String firstName = f.text("first_name", true);
        LocalDate birthDate = f.date("birth_date", true);
        Iban iban = f.iban("iban", true);
        String office = f.code("office", true, Codes.OFFICES);
        String team = f.code("team", false, Codes.TEAMS);
        BigDecimal rate = f.decimal("withholding_rate", false, BigDecimal.ZERO, new BigDecimal("60"));
        if (team != null && office != null && !Codes.TEAM_OFFICE.equals(office)) {
            f.error("team", team, "teams exist only in the office " + Codes.TEAM_OFFICE);
        }
        if (niss != null && birthDate != null && !birthDateMatches(niss, birthDate)) {
            f.error("birth_date", birthDate.toString(), "does not match the national number " + niss.formatted());
        }
        f.done();
        return new MemberRow(id, niss, lastName, firstName, birthDate, iban, office, team, rate);
    }

    /**
     * A national number starts with the birth date as YYMMDD, except bis numbers (month + 20 or
     * + 40) and numbers whose date part is unknown (00): those are not compared.
     */
    static boolean birthDateMatches(Niss niss, LocalDate birthDate) {
        int yy = Integer.parseInt(niss.value().substring(0, 2));
        int mm = Integer.parseInt(niss.value().substring(2, 4));
        int dd = Integer.parseInt(niss.value().substring(4, 6));
        try {
            LocalDate.of(2000 + yy, mm, dd);
        } catch (DateTimeException e) {
            return true;
        }
        return birthDate.getYear() % 100 == yy && birthDate.getMonthValue() == mm && birthDate.getDayOfMonth() == dd;
    }
}
