package be.coop.backoffice.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The joint worker table and the exact sharing that the generator is built on. */
class CalibrationDesignTest {

    private final CalibrationTargets report = CalibrationTargets.at(1.0);

    @Test
    void theJointWorkerTableHasTheReportsMargins() {
        assertThat(workers(p -> true)).isEqualTo(22_928);
        assertThat(workers(p -> p.has(ContractType.EMPLOYEE))).isEqualTo(10_817);
        assertThat(workers(p -> p.has(ContractType.STUDENT))).isEqualTo(4_677);
        assertThat(workers(p -> p.has(ContractType.ARTIST))).isEqualTo(9_886);
        assertThat(workers(p -> p.has(ContractType.ARTIST_1BIS))).isEqualTo(882);
        assertThat(workers(p -> p.has(ContractType.ARTIST) || p.has(ContractType.ARTIST_1BIS))).isEqualTo(10_344);
        assertThat(workers(p -> p.in(Structure.PA))).isEqualTo(21_438);
        assertThat(workers(p -> p.in(Structure.PI))).isEqualTo(1_747);
        assertThat(workers(p -> p.in(Structure.FA))).isEqualTo(837);
    }

    @Test
    void everyProfileCoversEachOfItsTypesAndStructuresWithAPlausibleCell() {
        for (CalibrationTargets.Profile p : report.profiles()) {
            for (ContractType t : ContractType.values()) {
                assertThat(p.cells().stream().anyMatch(c -> c.type == t)).as(p + " " + t).isEqualTo(p.has(t));
            }
            for (Structure s : Structure.values()) {
                assertThat(p.cells().stream().anyMatch(c -> c.structure == s)).as(p + " " + s).isEqualTo(p.in(s));
            }
        }
    }

    @Test
    void theDaysMatrixHasBothMargins() {
        assertThat(days(c -> c.type == ContractType.EMPLOYEE)).isEqualTo(330_952);
        assertThat(days(c -> c.type == ContractType.STUDENT)).isEqualTo(99_018);
        assertThat(days(c -> c.type == ContractType.ARTIST)).isEqualTo(228_483);
        assertThat(days(c -> c.type == ContractType.ARTIST_1BIS)).isEqualTo(19_387);
        assertThat(days(c -> c.structure == Structure.PA)).isEqualTo(619_590);
        assertThat(days(c -> c.structure == Structure.PI)).isEqualTo(37_972);
        assertThat(days(c -> c.structure == Structure.FA)).isEqualTo(20_278);
        assertThat(report.grossCentsInAll()).isEqualTo(7_165_015_921L);
    }

    @Test
    void apportionSplitsATotalExactlyByWeightWithinBounds() {
        long[] shares = Apportion.of(100, new double[]{1, 1, 1}, new long[]{0, 0, 0}, null);
        assertThat(shares).containsExactly(34, 33, 33);
        long[] capped = Apportion.of(10, new double[]{8, 1, 1}, new long[]{1, 1, 1}, new long[]{4, 10, 10});
        assertThat(capped).containsExactly(4, 3, 3);
        assertThatThrownBy(() -> Apportion.of(10, new double[]{1, 1}, new long[]{0, 0}, new long[]{4, 4}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feeTuningLandsTheRoundedFeeOnTheCentWithoutChangingTheTurnover() {
        java.util.List<PlannedSale> paid = new java.util.ArrayList<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        long turnover = 0;
        for (int i = 0; i < 2_000; i++) {
            PlannedSale s = new PlannedSale(null, null, null, 0, false, PlannedSale.Vat.STANDARD, "");
            s.amountCents = 1_000 + r.nextInt(100_000);
            turnover += s.amountCents;
            paid.add(s);
        }
        long target = FeeTuning.feeOf(paid) + 37;
        assertThat(FeeTuning.land(paid, java.util.List.of(), target, r)).isZero();
        assertThat(FeeTuning.feeOf(paid)).isEqualTo(target);
        assertThat(paid.stream().mapToLong(s -> s.amountCents).sum()).isEqualTo(turnover);
    }

    private int workers(Predicate<CalibrationTargets.Profile> which) {
        return report.profiles().stream().filter(which).mapToInt(CalibrationTargets.Profile::workers).sum();
    }

    private long days(Predicate<Cell> which) {
        return report.daysPerCell().entrySet().stream().filter(e -> which.test(e.getKey())).mapToLong(e -> e.getValue()).sum();
    }
}
