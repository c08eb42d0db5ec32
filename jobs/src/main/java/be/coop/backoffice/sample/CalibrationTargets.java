package be.coop.backoffice.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report's 2017 figures the sample year reproduces, and the joint design that makes the
 * overlapping head counts add up.
 *
 * <p><b>Worker profiles.</b> Each worker holds a set of contract types and a set of structures;
 * the table below gives how many workers hold each combination. Its margins are the report's:
 * 10,817 employees, 4,677 students, 9,886 artists, 882 ARTIST_1BIS, 10,344 artists of either
 * kind (so 424 hold both), 21,438 / 1,747 / 837 workers in PA / PI / FA, 22,928 in all. A worker
 * holds every plausible {@link Cell} of its types and structures (students never ARTIST_1BIS,
 * PI employs only employees and students, FA only employees and artists).
 *
 * <p><b>Days.</b> Days worked per cell are chosen so that both the per-type and the
 * per-structure totals of the report hold. At another scale every count is scaled and rounded;
 * the figures then follow from the scaled table and stay consistent with each other.
 */
record CalibrationTargets(
        double scale,
        List<Profile> profiles,
        Map<Cell, Long> daysPerCell,
        Map<ContractType, Long> grossCentsPerType,
        long activityTurnoverCents,
        long contractTurnoverCents,
        long mutualisedFeeCents,
        int salesInAll,
        int contractToolSales,
        int contractsApprox,
        int couriers,
        double studentsOverQuotaShare,
        long authorRightsCents,
        long otherExpensesCents,
        int expensesApprox,
        int leasings,
        long leasingPriceCents,
        int leasingMonths,
        Accidents accidents,
        int clientsApprox) {

    /** One line of the joint worker table: this many workers hold exactly these types and structures. */
    record Profile(int types, int structures, int workers) {

        static final int E = 1;
        static final int S = 2;
        static final int A = 4;
        static final int B = 8;
        static final int PA = 1;
        static final int PI = 2;
        static final int FA = 4;

        boolean has(ContractType t) {
            return (types & (1 << t.ordinal())) != 0;
        }

        boolean in(Structure s) {
            return (structures & (1 << s.ordinal())) != 0;
        }

        /** Every plausible cell of these types and structures. */
        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            for (Cell c : Cell.values()) {
                if (has(c.type) && in(c.structure)) {
                    cells.add(c);
                }
            }
            return cells;
        }
    }

    record Accidents(int declarations, int withLostDays, int lostDays, int courierDeclarations,
                     int courierWithLostDays, int courierLostDays) {
    }

    /** Minimum gross hourly wage assumed for bike couriers in 2017 (€/h). */
    static final long COURIER_MINIMUM_HOURLY_CENTS = 988;
    /** Yearly student quota of hours with the reduced solidarity contribution (2017). */
    static final long STUDENT_QUOTA_HOURS = 475;
    /** The mutualised fee rate on turnover excluding VAT. */
    static final int FEE_PER_MILLE = 65;

    private static final int E = Profile.E;
    private static final int S = Profile.S;
    private static final int A = Profile.A;
    private static final int B = Profile.B;
    private static final int PA = Profile.PA;
    private static final int PI = Profile.PI;
    private static final int FA = Profile.FA;

    /** The joint worker table of 2017: (types, structures, workers). */
    static final int[][] PROFILES_2017 = {
            {E, PA, 6745}, {S, PA, 3017}, {A, PA, 7272}, {B, PA, 398}, {A | B, PA, 384},
            {E | A, PA, 1615}, {E | B, PA, 60}, {E | A | B, PA, 40}, {E | S, PA, 675},
            {S | A, PA, 120}, {E | S | A, PA, 30},
            {E, PI, 560}, {S, PI, 400}, {E | S, PI, 75},
            {E, FA, 300}, {A, FA, 130}, {E | A, FA, 15},
            {E, PI | FA, 10},
            {E, PA | PI | FA, 2},
            {E, PA | PI, 300}, {S, PA | PI, 250}, {E | S, PA | PI, 100}, {E | A, PA | PI, 40}, {S | A, PA | PI, 10},
            {E, PA | FA, 150}, {A, PA | FA, 130}, {E | A, PA | FA, 100},
    };

    private static final Map<Cell, Long> DAYS_2017 = new EnumMap<>(Map.of(
            Cell.EMPLOYEE_PA, 290_952L, Cell.EMPLOYEE_PI, 24_000L, Cell.EMPLOYEE_FA, 16_000L,
            Cell.STUDENT_PA, 85_046L, Cell.STUDENT_PI, 13_972L,
            Cell.ARTIST_PA, 224_205L, Cell.ARTIST_FA, 4_278L,
            Cell.ARTIST_1BIS_PA, 19_387L));

    private static final Map<ContractType, Long> GROSS_2017 = new EnumMap<>(Map.of(
            ContractType.EMPLOYEE, 3_587_589_517L, ContractType.STUDENT, 534_559_755L,
            ContractType.ARTIST, 2_858_815_205L, ContractType.ARTIST_1BIS, 184_051_444L));

    /** The report's figures at {@code scale} (1.0 = exactly the report). */
    static CalibrationTargets at(double scale) {
        List<Profile> profiles = new ArrayList<>();
        for (int[] p : PROFILES_2017) {
            int n = (int) Math.round(p[2] * scale);
            if (n > 0) {
                profiles.add(new Profile(p[0], p[1], n));
            }
        }
        Map<Cell, Long> pairs = new EnumMap<>(Cell.class);
        for (Profile p : profiles) {
            for (Cell c : p.cells()) {
                pairs.merge(c, (long) p.workers(), Long::sum);
            }
        }
        Map<Cell, Long> days = new EnumMap<>(Cell.class);
        Map<ContractType, Long> gross = new EnumMap<>(ContractType.class);
        for (Cell c : Cell.values()) {
            long n = pairs.getOrDefault(c, 0L);
            if (n > 0) {
                days.put(c, Math.max(n, Math.round(DAYS_2017.get(c) * scale)));
                gross.put(c.type, Math.round(GROSS_2017.get(c.type) * scale));
            }
        }
        Accidents acc = scaledAccidents(scale);
        int leasings = (int) Math.round(271 * scale);
        return new CalibrationTargets(scale, List.copyOf(profiles), days, gross,
                euros(93_388_638, scale), euros(56_619_509, scale), euros(9_712_751, scale),
                (int) Math.round(170_000 * scale), (int) Math.round(65_000 * scale),
                (int) Math.round(250_000 * scale), (int) Math.round(3_950 * scale), 0.01,
                euros(4_063_386, scale), euros(20_220_619, scale), (int) Math.round(62_000 * scale),
                leasings, leasings * 359_665L, leasings * 14, acc, (int) Math.round(40_000 * scale));
    }

    private static long euros(long euros, double scale) {
        return Math.round(euros * scale) * 100;
    }

    private static Accidents scaledAccidents(double scale) {
        int decl = (int) Math.round(140 * scale);
        int courierDecl = Math.min(decl, (int) Math.round(87 * scale));
        int withLost = Math.min(decl, (int) Math.round(106 * scale));
        int courierWithLost = Math.min(Math.min(courierDecl, withLost), (int) Math.round(68 * scale));
        // the other declarations with lost days must fit among the non-courier declarations
        courierWithLost = Math.max(courierWithLost, withLost - (decl - courierDecl));
        int lost = Math.max(withLost, (int) Math.round(2420 * scale));
        int courierLost = Math.max(courierWithLost, (int) Math.round(1041 * scale));
        int otherWithLost = withLost - courierWithLost;
        if (otherWithLost == 0) {
            courierLost = lost;
        }
        courierLost = Math.min(courierLost, lost - otherWithLost);
        if (courierWithLost == 0) {
            courierLost = 0;
        }
        return new Accidents(decl, withLost, lost, courierDecl, courierWithLost, courierLost);
    }

    int workers() {
        return profiles.stream().mapToInt(Profile::workers).sum();
    }

    long daysInAll() {
        return daysPerCell.values().stream().mapToLong(Long::longValue).sum();
    }

    long grossCentsInAll() {
        return grossCentsPerType.values().stream().mapToLong(Long::longValue).sum();
    }
}
