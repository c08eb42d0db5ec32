package be.coop.backoffice.sample;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Niss;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Gives each worker the member record of the feed: name, birth date (students 18..25 on 1 January,
 * others 20..65, most between 25 and 45), a national number built on that birth date with an odd
 * serial for men and an even one for women, a Belgian salary account at a common bank, an office
 * and, in Bruxelles, a team; most members leave the withholding rate to its legal minimum.
 */
final class MemberIdentities {

    /** Bank codes (first 3 digits of a Belgian account) with their weights: Fortis, ING, KBC, Belfius, ... */
    private static final int[] BANKS = {1, 63, 68, 83, 103, 310, 320, 340, 363, 377, 523, 651, 732, 734, 735, 736, 750, 973, 979};
    private static final double[] BANK_WEIGHTS = {20, 6, 8, 4, 3, 5, 6, 4, 8, 3, 2, 2, 3, 6, 5, 4, 3, 5, 3};
    private static final String[] WITHHOLDING = {"11.11", "17.16", "22.20", "27.25", "32.30"};
    private static final double[] WITHHOLDING_WEIGHTS = {30, 25, 25, 12, 8};

    private MemberIdentities() {
    }

    static void assign(List<Worker> workers, int year, SplittableRandom r) {
        Set<String> nisses = new HashSet<>();
        Set<String> ibans = new HashSet<>();
        double[] officeWeights = new double[Office.values().length];
        for (Office o : Office.values()) {
            officeWeights[o.ordinal()] = o.share;
        }
        LocalDate newYear = LocalDate.of(year, 1, 1);
        for (Worker w : workers) {
            w.female = r.nextBoolean();
            w.firstName = Draw.pick(r, w.female ? Names.FEMALE : Names.MALE);
            w.lastName = Draw.pick(r, Names.LAST);
            int age = w.isStudent() ? Draw.between(r, 18, 24) : adultAge(r, w.courierCell != null);
            w.birthDate = newYear.minusYears(age + 1L).plusDays(r.nextInt(365));
            String niss;
            do {
                int serial = Draw.between(r, 1, 499) * 2 - (w.female ? 0 : 1);
                niss = Niss.forBirthDate(w.birthDate, serial).value();
            } while (!nisses.add(niss));
            w.niss = niss;
            String iban;
            do {
                long bank = BANKS[Draw.weighted(r, BANK_WEIGHTS)];
                iban = Iban.belgian(bank * 10_000_000L + r.nextInt(10_000_000)).value();
            } while (!ibans.add(iban));
            w.iban = iban;
            w.office = Office.values()[Draw.weighted(r, officeWeights)];
            w.team = w.office == Office.BRUXELLES ? Office.TEAMS[Draw.weighted(r, Office.TEAM_SHARES)] : "";
            w.withholdingRate = Draw.chance(r, 0.72) ? "" : WITHHOLDING[Draw.weighted(r, WITHHOLDING_WEIGHTS)];
        }
    }

    /** Age on 1 January of a non-student worker: 20..65, mostly 25..45; couriers younger. */
    private static int adultAge(SplittableRandom r, boolean courier) {
        if (courier) {
            return Draw.between(r, 20, 34);
        }
        double u = r.nextDouble();
        if (u < 0.10) {
            return Draw.between(r, 20, 24);
        }
        if (u < 0.75) {
            return Draw.between(r, 25, 44);
        }
        return Draw.between(r, 45, 64);
    }
}
