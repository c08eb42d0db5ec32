package be.coop.backoffice.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Creates the year's workers from the joint profile table, in a shuffled order, and marks the
 * bike couriers (mostly students, the rest employees, all in PA) and the few students who work
 * past the student quota.
 */
final class WorkforcePlanner {

    /** Share of couriers riding on a student contract; the others ride as employees. */
    private static final double COURIER_STUDENT_SHARE = 0.62;

    private WorkforcePlanner() {
    }

    static List<Worker> plan(CalibrationTargets targets, SplittableRandom r) {
        List<CalibrationTargets.Profile> slots = new ArrayList<>();
        for (CalibrationTargets.Profile p : targets.profiles()) {
            for (int i = 0; i < p.workers(); i++) {
                slots.add(p);
            }
        }
        int[] order = new int[slots.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Draw.shuffle(r, order);
        List<Worker> workers = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            workers.add(new Worker(i, slots.get(order[i]), Draw.logNormal(r, 1.0, 0.85)));
        }
        markOverQuotaStudents(workers, targets, r);
        markCouriers(workers, targets.couriers(), r);
        return workers;
    }

    private static void markOverQuotaStudents(List<Worker> workers, CalibrationTargets targets, SplittableRandom r) {
        long students = workers.stream().filter(Worker::isStudent).count();
        int wanted = (int) Math.round(students * targets.studentsOverQuotaShare());
        List<Worker> candidates = new ArrayList<>();
        for (Worker w : workers) {
            if (w.isStudent() && w.cellsOf(ContractType.STUDENT) == 1 && w.cells.length <= 2) {
                candidates.add(w);
            }
        }
        for (Worker w : pickDistinct(candidates, wanted, r)) {
            w.overStudentQuota = true;
        }
    }

    private static void markCouriers(List<Worker> workers, int couriers, SplittableRandom r) {
        int onStudent = (int) Math.round(couriers * COURIER_STUDENT_SHARE);
        List<Worker> students = new ArrayList<>();
        for (Worker w : workers) {
            if (hasCell(w, Cell.STUDENT_PA) && !w.overStudentQuota) {
                students.add(w);
            }
        }
        List<Worker> chosen = pickDistinct(students, Math.min(onStudent, students.size()), r);
        for (Worker w : chosen) {
            w.courierCell = Cell.STUDENT_PA;
        }
        List<Worker> employees = new ArrayList<>();
        for (Worker w : workers) {
            if (w.courierCell == null && hasCell(w, Cell.EMPLOYEE_PA) && !w.profile.has(ContractType.ARTIST)
                    && !w.profile.has(ContractType.ARTIST_1BIS)) {
                employees.add(w);
            }
        }
        for (Worker w : pickDistinct(employees, Math.min(couriers - chosen.size(), employees.size()), r)) {
            w.courierCell = Cell.EMPLOYEE_PA;
        }
    }

    static boolean hasCell(Worker w, Cell cell) {
        for (Cell c : w.cells) {
            if (c == cell) {
                return true;
            }
        }
        return false;
    }

    /** {@code n} distinct elements, drawn uniformly, in their original order. */
    static <T> List<T> pickDistinct(List<T> from, int n, SplittableRandom r) {
        int[] idx = new int[from.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Draw.shuffle(r, idx);
        int[] head = java.util.Arrays.copyOf(idx, Math.max(0, Math.min(n, idx.length)));
        java.util.Arrays.sort(head);
        List<T> out = new ArrayList<>(head.length);
        for (int i : head) {
            out.add(from.get(i));
        }
        return out;
    }
}
