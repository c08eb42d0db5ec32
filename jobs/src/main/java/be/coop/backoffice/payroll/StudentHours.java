package be.coop.backoffice.payroll;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The hours each student already worked in a calendar year, as the payslips of one chunk are
 * computed: it starts from the sums of the payslips already stored (one query per chunk) and adds
 * each student payslip as it is computed, so a second contract of the same student in the same
 * chunk counts the first. Contracts are computed in the order they are read (end date, start date,
 * contract id): "already worked" means "paid before this contract".
 */
final class StudentHours {

    private record Key(String memberId, int year) {
    }

    private final Map<Key, BigDecimal> hours = new HashMap<>();

    /** Records the hours stored before the chunk (the sum of the member's student payslips of that year). */
    void stored(String memberId, int year, BigDecimal storedHours) {
        hours.merge(new Key(memberId, year), storedHours, BigDecimal::add);
    }

    BigDecimal before(String memberId, int year) {
        return hours.getOrDefault(new Key(memberId, year), BigDecimal.ZERO);
    }

    void add(String memberId, int year, BigDecimal paidHours) {
        hours.merge(new Key(memberId, year), paidHours, BigDecimal::add);
    }
}
