package be.coop.backoffice.sample;

import be.coop.backoffice.common.EnterpriseNumber;
import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.InvalidIdentifierException;
import be.coop.backoffice.common.Niss;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of docs/feeds.md and of the sample year that hold at every scale, checked on the
 * files read back. Each check returns the rows that break it (empty when all is well), so a
 * failing test names the rows.
 */
final class InboxRules {

    private static final Set<String> EU = Set.of("AT", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
    private static final String ID = "[A-Za-z0-9_-]{1,20}";
    private static final String AMOUNT = "[0-9]+\\.[0-9]{2}";

    private final Inbox in;
    private final int year;
    private final List<String> broken = new ArrayList<>();

    InboxRules(Inbox in, int year) {
        this.in = in;
        this.year = year;
    }

    List<String> check() {
        headers();
        members();
        clients();
        activities();
        contracts();
        sales();
        sideFeeds();
        return broken;
    }

    private void fail(Inbox.Row row, String rule) {
        if (broken.size() < 50) {
            broken.add(row.day() + " line " + row.line() + ": " + rule + " " + row.record().toMap());
        }
    }

    private void headers() {
        Map<String, List<String>> expected = Map.of(
                "members.csv", List.of("member_id", "niss", "last_name", "first_name", "birth_date", "iban", "office", "team", "withholding_rate"),
                "clients.csv", List.of("client_id", "name", "kind", "country", "enterprise_number", "vat_number", "iban", "payment_terms_days"),
                "activities.csv", List.of("activity_id", "member_id", "name", "structure", "office", "opened_on"),
                "contracts.csv", List.of("contract_id", "member_id", "niss", "structure", "contract_type", "joint_committee",
                        "start_date", "end_date", "days_worked", "hours_worked", "gross_amount", "activity_id", "client_id",
                        "office", "courier", "status"),
                "sales.csv", List.of("sale_id", "activity_id", "contract_id", "client_id", "amount_excl_vat", "vat_regime",
                        "sale_date", "fee_exempt", "description", "status"),
                "expenses.csv", List.of("expense_id", "activity_id", "expense_date", "amount", "category", "description"),
                "leasing.csv", List.of("leasing_id", "activity_id", "asset_category", "price", "annual_rate", "duration_months", "start_date"),
                "accidents.csv", List.of("accident_id", "member_id", "contract_id", "accident_date", "declared_on", "kind", "lost_days", "courier"));
        expected.forEach((feed, columns) -> {
            for (List<String> header : in.headers.get(feed)) {
                if (!header.equals(columns)) {
                    broken.add(feed + " header " + header);
                    return;
                }
            }
        });
    }

    private void members() {
        Set<String> ids = new HashSet<>();
        for (Inbox.Row m : in.all("members.csv")) {
            if (!ids.add(m.get("member_id")) || !m.get("member_id").matches(ID)) {
                fail(m, "member_id new and well-formed");
            }
            LocalDate birth = m.date("birth_date");
            valid(m, "niss", () -> {
                String niss = Niss.of(m.get("niss")).value();
                String yymmdd = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth());
                if (!niss.startsWith(yymmdd)) {
                    fail(m, "niss matches birth date");
                }
            });
            valid(m, "iban", () -> Iban.of(m.get("iban")));
            long age = ChronoUnit.YEARS.between(birth, LocalDate.of(year, 1, 1));
            if (age < 18 || age > 65) {
                fail(m, "age 18..65");
            }
            boolean brussels = m.get("office").equals("BRUXELLES");
            if (brussels == m.get("team").isEmpty()) {
                fail(m, "team only and always in Bruxelles");
            }
            String rate = m.get("withholding_rate");
            if (!rate.isEmpty() && (new BigDecimal(rate).signum() < 0 || new BigDecimal(rate).compareTo(BigDecimal.valueOf(60)) > 0)) {
                fail(m, "withholding rate 0..60");
            }
        }
    }

    private void clients() {
        Set<String> ids = new HashSet<>();
        for (Inbox.Row c : in.all("clients.csv")) {
            if (!ids.add(c.get("client_id")) || !c.get("client_id").matches(ID)) {
                fail(c, "client_id new and well-formed");
            }
            String kind = c.get("kind");
            String country = c.get("country");
            if (!Set.of("BUSINESS", "PERSON", "PUBLIC").contains(kind) || !country.matches("[A-Z]{2}")) {
                fail(c, "kind and country codes");
            }
            boolean belgianCompany = country.equals("BE") && !kind.equals("PERSON");
            if (belgianCompany) {
                valid(c, "enterprise_number", () -> EnterpriseNumber.of(c.get("enterprise_number")));
            } else if (!c.get("enterprise_number").isEmpty()) {
                fail(c, "enterprise number only for Belgian businesses and public bodies");
            }
            String vat = c.get("vat_number");
            boolean euBusiness = !country.equals("BE") && EU.contains(country) && kind.equals("BUSINESS");
            if (euBusiness ? !vat.matches(country + "[0-9A-Z]{8,12}") : !vat.isEmpty()) {
                fail(c, "VAT number for EU businesses abroad only, with their country prefix");
            }
            if (!c.get("iban").isEmpty()) {
                valid(c, "iban", () -> Iban.of(c.get("iban")));
            }
            int terms = c.integer("payment_terms_days");
            if (terms < 0 || terms > 120) {
                fail(c, "payment terms 0..120");
            }
        }
    }

    private void activities() {
        Map<String, Inbox.Row> members = in.introduced("members.csv", "member_id");
        Set<String> ids = new HashSet<>();
        for (Inbox.Row a : in.all("activities.csv")) {
            if (!ids.add(a.get("activity_id"))) {
                fail(a, "activity_id new");
            }
            known(a, members, a.get("member_id"), "member");
            if (a.date("opened_on").isAfter(a.day())) {
                fail(a, "opened on or before first use");
            }
        }
    }

    private void contracts() {
        Map<String, Inbox.Row> members = in.introduced("members.csv", "member_id");
        Map<String, Inbox.Row> clients = in.introduced("clients.csv", "client_id");
        Map<String, Inbox.Row> activities = in.introduced("activities.csv", "activity_id");
        Map<String, Inbox.Row> seen = new java.util.HashMap<>();
        for (Inbox.Row c : in.all("contracts.csv")) {
            Inbox.Row first = seen.putIfAbsent(c.get("contract_id"), c);
            if (c.isCancellation()) {
                if (first == null || !c.day().isBefore(c.date("start_date")) && !c.day().equals(c.date("start_date"))) {
                    fail(c, "a cancellation repeats a known contract before it starts");
                }
                continue;
            }
            if (first != null) {
                fail(c, "contract_id new");
            }
            Inbox.Row member = known(c, members, c.get("member_id"), "member");
            if (member != null && !member.get("niss").equals(c.get("niss"))) {
                fail(c, "the member's own national number");
            }
            LocalDate start = c.date("start_date");
            LocalDate end = c.date("end_date");
            long span = ChronoUnit.DAYS.between(start, end);
            if (start.getYear() != year || end.getYear() != year || span < 0 || span > 30) {
                fail(c, "inside the year, 1 day to 1 month");
            }
            int days = c.integer("days_worked");
            BigDecimal hours = c.decimal("hours_worked");
            if (days < 1 || days > span + 1 || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24L * days)) > 0) {
                fail(c, "days within the period, hours > 0 and at most 24 a day");
            }
            if (!c.get("gross_amount").matches(AMOUNT) || c.decimal("gross_amount").signum() <= 0) {
                fail(c, "gross amount > 0 with two decimals");
            }
            String type = c.get("contract_type");
            String committee = type.startsWith("ARTIST") ? "304" : "200";
            if (!committee.equals(c.get("joint_committee"))) {
                fail(c, "joint committee 304 for artists, 200 otherwise");
            }
            boolean activity = !c.get("activity_id").isEmpty();
            if (activity == !c.get("client_id").isEmpty()) {
                fail(c, "either an activity or a client");
            }
            if (activity) {
                Inbox.Row a = known(c, activities, c.get("activity_id"), "activity");
                if (a != null && (!a.get("member_id").equals(c.get("member_id")) || !a.get("structure").equals(c.get("structure")))) {
                    fail(c, "an activity of the same member and structure");
                }
            } else {
                known(c, clients, c.get("client_id"), "client");
            }
            long lead = ChronoUnit.DAYS.between(c.day(), start);
            boolean early = lead >= 0 && (lead <= 14 || c.day().getDayOfYear() == 1);
            boolean late = lead >= -3 && lead <= -1;
            if (!early && !late) {
                fail(c, "encoded 0..14 days before the start (or 1..3 days late)");
            }
            if (c.get("courier").equals("true")) {
                BigDecimal minimum = hours.multiply(new BigDecimal("9.88"));
                if (c.decimal("gross_amount").compareTo(minimum) < 0 || hours.compareTo(BigDecimal.valueOf(3L * days)) < 0
                        || hours.compareTo(BigDecimal.valueOf(6L * days)) > 0) {
                    fail(c, "couriers: 3 to 6 hours a day, at least 9.88 an hour");
                }
            }
        }
    }

    private void sales() {
        Map<String, Inbox.Row> clients = in.introduced("clients.csv", "client_id");
        Map<String, Inbox.Row> activities = in.introduced("activities.csv", "activity_id");
        Map<String, Inbox.Row> contracts = in.standing("contracts.csv", "contract_id");
        Set<String> seen = new HashSet<>();
        for (Inbox.Row s : in.all("sales.csv")) {
            boolean isNew = seen.add(s.get("sale_id"));
            if (s.isCancellation() != !isNew) {
                fail(s, "a new sale, or a cancellation of a known one");
            }
            if (!s.isCancellation() && !s.date("sale_date").equals(s.day())) {
                fail(s, "in the feed of its sale date");
            }
            if (!s.get("amount_excl_vat").matches(AMOUNT) || s.decimal("amount_excl_vat").signum() <= 0) {
                fail(s, "amount > 0 with two decimals");
            }
            known(s, clients, s.get("client_id"), "client");
            boolean activity = !s.get("activity_id").isEmpty();
            if (activity == !s.get("contract_id").isEmpty()) {
                fail(s, "either an activity or a contract");
            }
            String structure;
            if (activity) {
                Inbox.Row a = known(s, activities, s.get("activity_id"), "activity");
                structure = a == null ? "" : a.get("structure");
            } else {
                Inbox.Row c = known(s, contracts, s.get("contract_id"), "standing contract");
                structure = c == null ? "" : c.get("structure");
                if (c != null && (!c.get("client_id").equals(s.get("client_id")) || s.date("sale_date").isBefore(c.date("end_date"))
                        || s.get("fee_exempt").equals("true"))) {
                    fail(s, "a contract's sale: its client, on or after its end, bearing the fee");
                }
            }
            if (structure.equals("FA") != s.get("vat_regime").equals("EXEMPT")) {
                fail(s, "EXEMPT exactly for Formateurs Associes");
            }
        }
    }

    private void sideFeeds() {
        Map<String, Inbox.Row> activities = in.introduced("activities.csv", "activity_id");
        Map<String, Inbox.Row> members = in.introduced("members.csv", "member_id");
        Map<String, Inbox.Row> contracts = in.standing("contracts.csv", "contract_id");
        for (Inbox.Row e : in.all("expenses.csv")) {
            known(e, activities, e.get("activity_id"), "activity");
            if (!e.date("expense_date").equals(e.day()) || e.decimal("amount").signum() <= 0
                    || !Set.of("PURCHASE", "TRAVEL", "SERVICES", "AUTHOR_RIGHTS", "OTHER").contains(e.get("category"))) {
                fail(e, "expense dated its feed day, amount > 0, known category");
            }
        }
        for (Inbox.Row l : in.all("leasing.csv")) {
            known(l, activities, l.get("activity_id"), "activity");
            BigDecimal rate = l.decimal("annual_rate");
            int months = l.integer("duration_months");
            if (!l.date("start_date").equals(l.day()) || rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(20)) > 0
                    || months < 1 || months > 60 || l.decimal("price").signum() <= 0
                    || !Set.of("COMPUTER", "AUDIOVISUAL", "PHOTO", "OTHER").contains(l.get("asset_category"))) {
                fail(l, "leasing rules");
            }
        }
        for (Inbox.Row a : in.all("accidents.csv")) {
            known(a, members, a.get("member_id"), "member");
            Inbox.Row c = known(a, contracts, a.get("contract_id"), "standing contract");
            LocalDate day = a.date("accident_date");
            long delay = ChronoUnit.DAYS.between(day, a.date("declared_on"));
            if (!a.date("declared_on").equals(a.day()) || delay < 0 || delay > 10 || a.integer("lost_days") < 0) {
                fail(a, "declared on its feed day, 0..10 days after the accident");
            }
            if (c != null && (!c.get("member_id").equals(a.get("member_id")) || day.isBefore(c.date("start_date"))
                    || day.isAfter(c.date("end_date")) || !c.get("courier").equals(a.get("courier")))) {
                fail(a, "during a contract of that member, courier as the contract");
            }
        }
    }

    /** The row introducing {@code id}, which must exist and appear on or before {@code row}'s day. */
    private Inbox.Row known(Inbox.Row row, Map<String, Inbox.Row> introduced, String id, String what) {
        Inbox.Row target = introduced.get(id);
        if (target == null || target.day().isAfter(row.day())) {
            fail(row, what + " " + id + " known on or before the row's day");
            return null;
        }
        return target;
    }

    private void valid(Inbox.Row row, String column, Runnable check) {
        try {
            check.run();
        } catch (InvalidIdentifierException e) {
            fail(row, column + ": " + e.getMessage());
        }
    }
}
