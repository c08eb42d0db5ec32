package be.coop.backoffice.sample;

import be.coop.backoffice.common.Money;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates a calendar year of inbox feeds calibrated on the 2017 activity report.
 *
 * <p>Usage: {@code new SampleYearGenerator(GeneratorSettings.of(2017, 1.0, 42), System.out::println)
 * .generate(Path.of("target/sample"))} writes {@code target/sample/inbox/2017-01-01/…} to
 * {@code 2017-12-31/} and returns what it wrote. At scale 1.0 the files reproduce the report's
 * payroll table, turnover, fee, expenses, leasing and accident figures to the cent; the same
 * settings always give byte-identical files (one seeded random source, split per step, no clock,
 * no hash-order iteration). The output folder should be empty: existing files are overwritten,
 * others are left alone.
 */
public final class SampleYearGenerator {

    private final GeneratorSettings settings;
    private final Consumer<String> progress;

    public SampleYearGenerator(GeneratorSettings settings) {
        this(settings, message -> { });
    }

    /** @param progress receives one line per planning step, for a CLI to print */
    public SampleYearGenerator(GeneratorSettings settings, Consumer<String> progress) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public GenerationSummary generate(Path outDir) {
        int year = settings.year();
        int daysInYear = Year.of(year).length();
        CalibrationTargets targets = CalibrationTargets.at(settings.scale());
        SplittableRandom seed = new SplittableRandom(settings.seed());
        SplittableRandom workforceRandom = seed.split();
        SplittableRandom identityRandom = seed.split();
        SplittableRandom contractRandom = seed.split();
        SplittableRandom clientRandom = seed.split();
        SplittableRandom toolRandom = seed.split();
        SplittableRandom cancelRandom = seed.split();
        SplittableRandom salesRandom = seed.split();
        SplittableRandom expenseRandom = seed.split();
        SplittableRandom leasingRandom = seed.split();
        SplittableRandom accidentRandom = seed.split();
        SplittableRandom numberingRandom = seed.split();

        List<Worker> workers = WorkforcePlanner.plan(targets, workforceRandom);
        MemberIdentities.assign(workers, year, identityRandom);
        progress.accept("workers: " + workers.size());

        ContractPlanner contractPlanner = new ContractPlanner(targets, year);
        List<PlannedContract> contracts = contractPlanner.plan(workers, contractRandom);
        progress.accept("contracts: " + contracts.size() + " (overlapping a same person's other contract: "
                + contractPlanner.overlaps() + ")");

        ClientBook clients = new ClientBook((int) Math.max(1, Math.round(1_500 * settings.scale())), 0.11, clientRandom);
        List<PlannedActivity> activities = ToolAssignment.assign(contracts, workers, targets, clients, year, toolRandom);
        List<PlannedContract> allContracts = new ArrayList<>(contracts);
        allContracts.addAll(ContractCancellations.plan(contracts, daysInYear, cancelRandom));
        progress.accept("activities: " + activities.size());

        List<PlannedSale> sales = new SalesPlanner(year).plan(contracts, activities, targets, clients, salesRandom);
        progress.accept("sales: " + sales.size() + ", clients: " + clients.all().size());

        List<SideFeeds.Expense> expenses = ExpensePlanner.plan(activities, targets, year, expenseRandom);
        List<SideFeeds.Leasing> leasings = LeasingPlanner.plan(activities, targets, year, leasingRandom);
        List<SideFeeds.Accident> accidents = AccidentPlanner.plan(contracts, targets, daysInYear, accidentRandom);
        progress.accept("expenses: " + expenses.size() + ", leasings: " + leasings.size() + ", accidents: " + accidents.size());

        YearPlan plan = new YearPlan(year, daysInYear, workers, clients.all(), activities, allContracts, sales, expenses,
                leasings, accidents);
        Numbering.apply(plan, numberingRandom);
        progress.accept("numbered; writing " + outDir.resolve("inbox"));
        FeedWriter.Written written = new FeedWriter(year, daysInYear).write(plan, outDir.resolve("inbox"));
        progress.accept("written: " + written.files() + " files in " + written.dayFolders() + " day folders");
        return summarise(plan, written);
    }

    private GenerationSummary summarise(YearPlan plan, FeedWriter.Written written) {
        Set<Worker> working = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Worker> couriers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, Long> grossPerType = new LinkedHashMap<>();
        Map<String, Long> daysPerStructure = new LinkedHashMap<>();
        for (ContractType t : ContractType.values()) {
            grossPerType.put(t.name(), 0L);
        }
        for (Structure s : Structure.values()) {
            daysPerStructure.put(s.name(), 0L);
        }
        int active = 0;
        long gross = 0;
        long days = 0;
        for (PlannedContract c : plan.contracts()) {
            if (c.isCancelled()) {
                continue;
            }
            active++;
            working.add(c.worker);
            if (c.courier) {
                couriers.add(c.worker);
            }
            gross += c.grossCents;
            days += c.daysWorked;
            grossPerType.merge(c.cell.type.name(), c.grossCents, Long::sum);
            daysPerStructure.merge(c.cell.structure.name(), (long) c.daysWorked, Long::sum);
        }
        long activityTurnover = 0;
        long contractTurnover = 0;
        long feeFree = 0;
        long fee = 0;
        int sales = 0;
        for (PlannedSale s : plan.sales()) {
            if (s.isCancelled()) {
                continue;
            }
            sales++;
            if (s.activity != null) {
                activityTurnover += s.amountCents;
            } else {
                contractTurnover += s.amountCents;
            }
            if (s.feeExempt) {
                feeFree += s.amountCents;
            } else {
                fee += s.feeCents();
            }
        }
        long authorRights = 0;
        long otherExpenses = 0;
        for (SideFeeds.Expense e : plan.expenses()) {
            if ("AUTHOR_RIGHTS".equals(e.category())) {
                authorRights += e.amountCents();
            } else {
                otherExpenses += e.amountCents();
            }
        }
        long leasingPrices = plan.leasings().stream().mapToLong(SideFeeds.Leasing::priceCents).sum();
        int lostDays = plan.accidents().stream().mapToInt(SideFeeds.Accident::lostDays).sum();
        Set<String> clientIds = new HashSet<>();
        for (PlannedClient c : plan.clients()) {
            if (c.id != null) {
                clientIds.add(c.id);
            }
        }
        Map<String, Money> grossMoney = new LinkedHashMap<>();
        grossPerType.forEach((k, v) -> grossMoney.put(k, Money.ofCents(v)));
        Map<String, Money> turnover = new LinkedHashMap<>();
        turnover.put("ACTIVITIES", Money.ofCents(activityTurnover));
        turnover.put("CONTRACTS", Money.ofCents(contractTurnover));
        return new GenerationSummary(settings.year(), settings.scale(), settings.seed(), written.dayFolders(),
                written.files(), written.rowsPerFeed(), working.size(), couriers.size(), active,
                plan.contracts().size() - active, Money.ofCents(gross), grossMoney, days, daysPerStructure, sales,
                plan.sales().size() - sales, turnover, Money.ofCents(feeFree), Money.ofCents(fee), clientIds.size(),
                (int) plan.activities().stream().filter(a -> a.id != null).count(), Money.ofCents(authorRights),
                Money.ofCents(otherExpenses), plan.leasings().size(), Money.ofCents(leasingPrices),
                plan.accidents().size(), lostDays);
    }
}
