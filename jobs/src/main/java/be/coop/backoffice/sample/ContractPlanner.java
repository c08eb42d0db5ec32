package be.coop.backoffice.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns the days-per-cell targets into dated contracts.
 *
 * <ol>
 * <li>Each cell's days are shared among the workers holding it, by busyness, at least one day
 * each, at most 220 days a worker (students at most 110 student days unless they are one of the
 * few who cross the quota).</li>
 * <li>A worker's days in a cell are cut into contracts of 1 to 22 days worked (mostly 1 to 3;
 * courier shifts of 1 to 5 days), each spanning 1 to 31 calendar days.</li>
 * <li>Contracts are laid out in the year by season and weekday without overlapping the same
 * person's other contracts, and encoded 0 to 14 days before they start (2% 1 to 3 days late).</li>
 * <li>Hours follow the contract type; students stay within the quota except the marked few.</li>
 * <li>Gross per contract type is shared exactly to the cent; couriers are paid by the hour at
 * or above {@link CalibrationTargets#COURIER_MINIMUM_HOURLY_CENTS}.</li>
 * </ol>
 */
final class ContractPlanner {

    private static final int MAX_DAYS_PER_WORKER = 220;
    private static final int MAX_STUDENT_DAYS = 110;
    private static final int MIN_OVER_QUOTA_DAYS = 80;
    private static final int MAX_OVER_QUOTA_DAYS = 150;
    private static final double LATE_ENCODING_SHARE = 0.02;

    /** Days worked per contract: {from, to, weight}. */
    private static final int[][] ARTIST_SPLIT = {{1, 1, 66}, {2, 2, 13}, {3, 3, 6}, {4, 5, 6}, {6, 10, 5}, {11, 22, 4}};
    private static final int[][] EMPLOYEE_SPLIT = {{1, 1, 55}, {2, 2, 12}, {3, 3, 7}, {4, 5, 8}, {6, 10, 9}, {11, 22, 9}};
    private static final int[][] STUDENT_SPLIT = {{1, 1, 58}, {2, 2, 14}, {3, 5, 14}, {6, 10, 9}, {11, 22, 5}};
    /** Couriers sign one contract per week of rides. */
    private static final int[][] COURIER_SPLIT = {{1, 1, 10}, {2, 2, 15}, {3, 3, 25}, {4, 4, 25}, {5, 5, 17}, {6, 6, 8}};
    /** Couriers ride fewer days in the year than the other workers of their cell. */
    private static final double COURIER_BUSYNESS = 0.6;

    /** Relative gross per day worked of each type before calibration. */
    private static final Map<ContractType, Double> DAY_RATE = new EnumMap<>(Map.of(
            ContractType.EMPLOYEE, 110.0, ContractType.STUDENT, 60.0,
            ContractType.ARTIST, 125.0, ContractType.ARTIST_1BIS, 95.0));

    private final CalibrationTargets targets;
    private final int daysInYear;
    private final Seasonality work;
    private final Seasonality artistWork;
    private final Seasonality courierWork;
    private int overlaps;

    ContractPlanner(CalibrationTargets targets, int year) {
        this.targets = targets;
        this.work = Seasonality.work(year);
        this.artistWork = Seasonality.artistWork(year);
        this.courierWork = Seasonality.courierWork(year);
        this.daysInYear = work.daysInYear;
    }

    /** Contracts that had to overlap another of the same person (0 in practice). */
    int overlaps() {
        return overlaps;
    }

    List<PlannedContract> plan(List<Worker> workers, SplittableRandom r) {
        List<PlannedContract> all = new ArrayList<>();
        List<List<PlannedContract>> perWorker = new ArrayList<>(workers.size());
        for (int i = 0; i < workers.size(); i++) {
            perWorker.add(new ArrayList<>());
        }
        for (Cell cell : Cell.values()) {
            long cellDays = targets.daysPerCell().getOrDefault(cell, 0L);
            if (cellDays == 0) {
                continue;
            }
            List<Worker> holders = new ArrayList<>();
            for (Worker w : workers) {
                if (WorkforcePlanner.hasCell(w, cell)) {
                    holders.add(w);
                }
            }
            long[] days = shareDays(cell, cellDays, holders, r);
            for (int i = 0; i < holders.size(); i++) {
                Worker w = holders.get(i);
                boolean courier = w.courierCell == cell;
                for (int d : split(days[i], courier ? COURIER_SPLIT : splitOf(cell.type), r)) {
                    PlannedContract c = new PlannedContract(w, cell, courier, d);
                    perWorker.get(w.index).add(c);
                    all.add(c);
                }
            }
        }
        for (List<PlannedContract> contracts : perWorker) {
            schedule(contracts, r);
        }
        for (PlannedContract c : all) {
            c.encoded = encodedOn(c.start, r);
            c.hundredthHours = (long) c.daysWorked * hundredthHoursPerDay(c, r);
        }
        keepStudentsWithinQuota(perWorker);
        payGross(all, workers, r);
        all.sort(Comparator.comparingInt((PlannedContract c) -> c.encoded).thenComparingInt(c -> c.worker.index)
                .thenComparingInt(c -> c.start).thenComparingInt(c -> c.cell.ordinal()));
        return all;
    }

    private long[] shareDays(Cell cell, long cellDays, List<Worker> holders, SplittableRandom r) {
        int n = holders.size();
        double[] weights = new double[n];
        long[] min = new long[n];
        long[] max = new long[n];
        for (int i = 0; i < n; i++) {
            Worker w = holders.get(i);
            weights[i] = w.busyness * Draw.logNormal(r, 1.0, 0.5) / w.cells.length
                    * (w.courierCell == cell ? COURIER_BUSYNESS : 1.0);
            min[i] = 1;
            max[i] = MAX_DAYS_PER_WORKER / w.cells.length;
            if (cell.type == ContractType.STUDENT) {
                if (w.overStudentQuota) {
                    min[i] = MIN_OVER_QUOTA_DAYS;
                    max[i] = MAX_OVER_QUOTA_DAYS;
                } else {
                    max[i] = Math.min(max[i], MAX_STUDENT_DAYS / w.cellsOf(ContractType.STUDENT));
                }
            }
        }
        return Apportion.of(cellDays, weights, min, max);
    }

    private static int[][] splitOf(ContractType type) {
        return switch (type) {
            case EMPLOYEE -> EMPLOYEE_SPLIT;
            case STUDENT -> STUDENT_SPLIT;
            case ARTIST, ARTIST_1BIS -> ARTIST_SPLIT;
        };
    }

    private static List<Integer> split(long days, int[][] table, SplittableRandom r) {
        double[] weights = new double[table.length];
        for (int i = 0; i < table.length; i++) {
            weights[i] = table[i][2];
        }
        List<Integer> parts = new ArrayList<>();
        long left = days;
        while (left > 0) {
            int[] row = table[Draw.weighted(r, weights)];
            int d = (int) Math.min(left, Draw.between(r, row[0], row[1]));
            parts.add(d);
            left -= d;
        }
        return parts;
    }

    /** Places one person's contracts, longest first, on free days of the year. */
    private void schedule(List<PlannedContract> contracts, SplittableRandom r) {
        if (contracts.isEmpty()) {
            return;
        }
        boolean[] busy = new boolean[daysInYear];
        List<PlannedContract> order = new ArrayList<>(contracts);
        int[] lengths = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            lengths[i] = spanOf(order.get(i), r);
            order.get(i).end = lengths[i]; // temporarily the length, to sort
        }
        order.sort(Comparator.comparingInt((PlannedContract c) -> -c.end));
        for (PlannedContract c : order) {
            int length = c.end;
            Seasonality season = c.courier ? courierWork : c.cell.type.isArtist() ? artistWork : work;
            int start = -1;
            for (int attempt = 0; attempt < 30 && start < 0; attempt++) {
                int s = season.draw(r, 0, daysInYear - length);
                if (free(busy, s, length)) {
                    start = s;
                }
            }
            if (start < 0) {
                start = scan(busy, length, r.nextInt(daysInYear));
            }
            if (start < 0 && length > c.daysWorked) {
                length = c.daysWorked;
                start = scan(busy, length, r.nextInt(daysInYear));
            }
            if (start < 0) {
                start = season.draw(r, 0, daysInYear - length);
                overlaps++;
            }
            for (int d = start; d < start + length; d++) {
                busy[d] = true;
            }
            c.start = start;
            c.end = start + length - 1;
        }
    }

    /** Calendar days a contract spans: its days worked plus weekends and rest days, at most 31. */
    private static int spanOf(PlannedContract c, SplittableRandom r) {
        int d = c.daysWorked;
        if (c.courier) {
            return Math.min(7, d + Draw.between(r, 0, 2));
        }
        if (d == 1) {
            return Draw.chance(r, 0.92) ? 1 : Draw.between(r, 2, 5);
        }
        if (d <= 5) {
            return Draw.chance(r, 0.6) ? d : d + Draw.between(r, 1, 2);
        }
        return Math.min(31, (d * 7 + 4) / 5 + Draw.between(r, 0, 3));
    }

    private static boolean free(boolean[] busy, int start, int length) {
        for (int d = start; d < start + length; d++) {
            if (busy[d]) {
                return false;
            }
        }
        return true;
    }

    private int scan(boolean[] busy, int length, int from) {
        int positions = daysInYear - length + 1;
        for (int k = 0; k < positions; k++) {
            int s = (from + k) % positions;
            if (free(busy, s, length)) {
                return s;
            }
        }
        return -1;
    }

    /** Encoded 0..14 days ahead (never before 1 January); 2% encoded 1..3 days after the start. */
    private int encodedOn(int start, SplittableRandom r) {
        if (Draw.chance(r, LATE_ENCODING_SHARE)) {
            return Math.min(daysInYear - 1, start + Draw.between(r, 1, 3));
        }
        double u = r.nextDouble();
        int lead = u < 0.12 ? 0 : u < 0.50 ? Draw.between(r, 1, 3) : u < 0.80 ? Draw.between(r, 4, 7) : Draw.between(r, 8, 14);
        return Math.max(0, start - lead);
    }

    /** Hours per day worked, in hundredths: employees mostly 7.6, students fewer, couriers 3 to 6. */
    private static long hundredthHoursPerDay(PlannedContract c, SplittableRandom r) {
        if (c.courier) {
            return 25L * Draw.between(r, 12, 24);
        }
        if (c.worker.overStudentQuota && c.cell.type == ContractType.STUDENT) {
            return 10L * Draw.between(r, 65, 76);
        }
        double u = r.nextDouble();
        return switch (c.cell.type) {
            case EMPLOYEE -> u < 0.6 ? 760 : u < 0.8 ? 10L * Draw.between(r, 38, 60) : 10L * Draw.between(r, 70, 90);
            case STUDENT -> 10L * Draw.between(r, 40, 76);
            case ARTIST, ARTIST_1BIS -> u < 0.45 ? 800 : 10L * Draw.between(r, 40, 100);
        };
    }

    /** Scales down the student hours of anyone over the quota but the few marked to cross it. */
    private static void keepStudentsWithinQuota(List<List<PlannedContract>> perWorker) {
        long quota = CalibrationTargets.STUDENT_QUOTA_HOURS * 100;
        for (List<PlannedContract> contracts : perWorker) {
            if (contracts.isEmpty() || !contracts.get(0).worker.isStudent() || contracts.get(0).worker.overStudentQuota) {
                continue;
            }
            long hours = 0;
            for (PlannedContract c : contracts) {
                if (c.cell.type == ContractType.STUDENT) {
                    hours += c.hundredthHours;
                }
            }
            if (hours <= quota) {
                continue;
            }
            // take the excess off every contract in proportion to its hours above its floor
            long excess = hours - quota;
            long room = 0;
            for (PlannedContract c : contracts) {
                if (c.cell.type == ContractType.STUDENT) {
                    room += c.hundredthHours - floorOf(c);
                }
            }
            for (PlannedContract c : contracts) {
                if (c.cell.type == ContractType.STUDENT && room > 0) {
                    long mine = c.hundredthHours - floorOf(c);
                    c.hundredthHours -= Math.min(mine, (excess * mine + room - 1) / room);
                }
            }
        }
    }

    /** Fewest hours a contract may carry: 3 a day worked for couriers, 1 for others. */
    private static long floorOf(PlannedContract c) {
        return (c.courier ? 300L : 100L) * c.daysWorked;
    }

    private void payGross(List<PlannedContract> all, List<Worker> workers, SplittableRandom r) {
        double[] wage = new double[workers.size()];
        for (int i = 0; i < wage.length; i++) {
            wage[i] = Draw.logNormal(r, 1.0, 0.28);
        }
        for (ContractType type : ContractType.values()) {
            long target = targets.grossCentsPerType().getOrDefault(type, 0L);
            List<PlannedContract> salaried = new ArrayList<>();
            long courierGross = 0;
            for (PlannedContract c : all) {
                if (c.cell.type != type) {
                    continue;
                }
                if (c.courier) {
                    long rate = Draw.between(r, 1000, 1150); // cents per hour, above the minimum
                    c.grossCents = (c.hundredthHours * rate + 99) / 100;
                    courierGross += c.grossCents;
                } else {
                    salaried.add(c);
                }
            }
            double[] weights = new double[salaried.size()];
            long[] min = new long[salaried.size()];
            for (int i = 0; i < weights.length; i++) {
                PlannedContract c = salaried.get(i);
                double hoursFactor = StrictMath.sqrt(c.hundredthHours / (760.0 * c.daysWorked));
                weights[i] = c.daysWorked * DAY_RATE.get(type) * wage[c.worker.index] * hoursFactor
                        * Draw.logNormal(r, 1.0, 0.18);
                min[i] = 2_500L * c.daysWorked;
            }
            long[] gross = Apportion.of(target - courierGross, weights, min, null);
            for (int i = 0; i < gross.length; i++) {
                salaried.get(i).grossCents = gross[i];
            }
        }
    }
}
