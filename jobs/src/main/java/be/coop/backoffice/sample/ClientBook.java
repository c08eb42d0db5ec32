package be.coop.backoffice.sample;

import be.coop.backoffice.common.EnterpriseNumber;
import be.coop.backoffice.common.Iban;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Where clients come from. A sale or contract goes to one of the large institutional clients
 * (theatres, towns, broadcasters: a Zipf-like few take many invoices) or to one of its owner's
 * own clients, who mostly come back (a Chinese-restaurant process: a new client with probability
 * {@code θ / (n + θ)} after {@code n} invoices). New clients are Belgian for the most part;
 * abroad, France leads the EU, then the Netherlands, Germany and Luxembourg; Switzerland, the
 * United States and Canada lead outside the EU. Only EU businesses carry a VAT number.
 */
final class ClientBook {

    private static final double OWN_CLIENT_THETA = 1.0;
    private static final double BIG_CLIENT_SHARE = 0.22;

    private static final String[] EU = {"FR", "NL", "DE", "LU", "ES", "IT", "GB", "AT", "PT", "IE", "DK", "SE", "PL", "HU"};
    private static final double[] EU_WEIGHTS = {57, 10, 9, 8, 3, 3, 3.5, 1.5, 1, 1, 1, 1, 0.5, 0.5};
    private static final String[] NON_EU = {"CH", "US", "CA", "NO", "JP", "MA", "TN", "SN", "BR", "AU"};
    private static final double[] NON_EU_WEIGHTS = {35, 25, 12, 6, 5, 5, 3, 3, 3, 3};
    private static final String[] BE_SUFFIX = {"SPRL", "SA", "SCRL", "ASBL", "BVBA", "NV", "VZW", "SRL"};

    private final SplittableRandom r;
    private final double foreignShare;
    private final List<PlannedClient> all = new ArrayList<>();
    private final List<PlannedClient> big = new ArrayList<>();
    private final double[] bigCumulative;
    private final Map<Integer, List<PlannedClient>> own = new HashMap<>();
    private final Map<Integer, Integer> ownInvoices = new HashMap<>();
    private final Set<Integer> enterpriseBases = new HashSet<>();
    private final Set<String> ibans = new HashSet<>();

    ClientBook(int bigClients, double foreignShare, SplittableRandom r) {
        this.r = r;
        this.foreignShare = foreignShare;
        double[] weights = new double[Math.max(1, bigClients)];
        for (int i = 0; i < weights.length; i++) {
            boolean foreign = Draw.chance(r, 0.05);
            big.add(create(foreign ? "FR" : "BE", Draw.chance(r, 0.55) ? PlannedClient.Kind.PUBLIC : PlannedClient.Kind.BUSINESS));
            weights[i] = 1.0 / StrictMath.pow(i + 1, 0.85);
        }
        this.bigCumulative = Draw.cumulative(weights);
    }

    List<PlannedClient> all() {
        return all;
    }

    /** A Belgian business, e.g. a delivery platform, created outside the usual draw. */
    PlannedClient belgianBusiness(String name) {
        PlannedClient c = new PlannedClient(all.size(), name, PlannedClient.Kind.BUSINESS, "BE",
                newEnterpriseNumber(false), null, newIban("BE"), 30);
        all.add(c);
        return c;
    }

    /** The client of one more invoice of {@code owner} (a worker or an activity key). */
    PlannedClient next(int owner) {
        if (Draw.chance(r, BIG_CLIENT_SHARE)) {
            PlannedClient c = big.get(Draw.fromCumulative(r, bigCumulative));
            c.uses++;
            return c;
        }
        List<PlannedClient> mine = own.computeIfAbsent(owner, k -> new ArrayList<>(2));
        int n = ownInvoices.merge(owner, 1, Integer::sum) - 1;
        PlannedClient c;
        if (mine.isEmpty() || r.nextDouble() < OWN_CLIENT_THETA / (n + OWN_CLIENT_THETA)) {
            c = newClient();
            mine.add(c);
        } else {
            double[] w = new double[mine.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = mine.get(i).uses;
            }
            c = mine.get(Draw.weighted(r, w));
        }
        c.uses++;
        return c;
    }

    private PlannedClient newClient() {
        String country = "BE";
        if (Draw.chance(r, foreignShare)) {
            country = Draw.chance(r, 0.86) ? EU[Draw.weighted(r, EU_WEIGHTS)] : NON_EU[Draw.weighted(r, NON_EU_WEIGHTS)];
        }
        double u = r.nextDouble();
        PlannedClient.Kind kind;
        if ("BE".equals(country)) {
            kind = u < 0.76 ? PlannedClient.Kind.BUSINESS : u < 0.90 ? PlannedClient.Kind.PERSON : PlannedClient.Kind.PUBLIC;
        } else {
            kind = u < 0.85 ? PlannedClient.Kind.BUSINESS : u < 0.95 ? PlannedClient.Kind.PERSON : PlannedClient.Kind.PUBLIC;
        }
        return create(country, kind);
    }

    private PlannedClient create(String country, PlannedClient.Kind kind) {
        boolean belgian = "BE".equals(country);
        String enterprise = belgian && kind != PlannedClient.Kind.PERSON
                ? newEnterpriseNumber(kind == PlannedClient.Kind.PUBLIC) : null;
        String vat = !belgian && kind == PlannedClient.Kind.BUSINESS && isEu(country) ? vatNumber(country) : null;
        String iban = null;
        if (belgian ? Draw.chance(r, 0.85) : Draw.chance(r, 0.6) && hasIbanFormat(country)) {
            iban = newIban(country);
        }
        double t = r.nextDouble();
        int terms = t < 0.80 ? 30 : t < 0.86 ? 15 : t < 0.92 ? 45 : 60;
        if (kind == PlannedClient.Kind.PUBLIC && t >= 0.5) {
            terms = 60; // public bodies pay late
        }
        PlannedClient c = new PlannedClient(all.size(), name(country, kind), kind, country, enterprise, vat, iban, terms);
        all.add(c);
        return c;
    }

    private static boolean isEu(String country) {
        for (String c : EU) {
            if (c.equals(country)) {
                return true;
            }
        }
        return false;
    }

    private String name(String country, PlannedClient.Kind kind) {
        String word = Draw.pick(r, Names.PROJECT_WORDS);
        String last = Draw.pick(r, Names.LAST);
        if (kind == PlannedClient.Kind.PERSON) {
            return Draw.pick(r, r.nextBoolean() ? Names.FEMALE : Names.MALE) + " " + last;
        }
        if (kind == PlannedClient.Kind.PUBLIC) {
            if (!"BE".equals(country)) {
                return Draw.pick(r, new String[]{"Institut culturel ", "Office de tourisme ", "Kulturamt ", "City Council "}) + word;
            }
            return switch (r.nextInt(5)) {
                case 0 -> "Commune de " + Draw.pick(r, Names.TOWNS_FR);
                case 1 -> "Gemeente " + Draw.pick(r, Names.TOWNS_NL);
                case 2 -> "Centre culturel de " + Draw.pick(r, Names.TOWNS_FR);
                case 3 -> "Cultuurcentrum " + Draw.pick(r, Names.TOWNS_NL);
                default -> "Ecole " + word;
            };
        }
        String suffix = switch (country) {
            case "BE" -> Draw.pick(r, BE_SUFFIX);
            case "FR" -> r.nextBoolean() ? "SARL" : "SAS";
            case "DE", "AT" -> "GmbH";
            case "NL" -> "B.V.";
            case "LU" -> "S.a r.l.";
            case "CH" -> "AG";
            case "US", "CA" -> "Inc.";
            case "GB", "IE" -> "Ltd";
            default -> "SA";
        };
        return switch (r.nextInt(4)) {
            case 0 -> word + " " + suffix;
            case 1 -> last + " & " + Draw.pick(r, Names.LAST) + " " + suffix;
            case 2 -> "Studio " + word + " " + suffix;
            default -> word + " " + Draw.pick(r, new String[]{"Events", "Productions", "Media", "Design", "Consult"}) + " " + suffix;
        };
    }

    private String newEnterpriseNumber(boolean publicBody) {
        int base;
        do {
            base = publicBody ? Draw.between(r, 2_000_000, 2_999_999) : Draw.between(r, 4_000_000, 8_999_999);
        } while (!enterpriseBases.add(base));
        return EnterpriseNumber.fromBase(base).value();
    }

    private String vatNumber(String country) {
        return switch (country) {
            case "FR" -> {
                long siren = 300_000_000L + r.nextInt(600_000_000);
                yield String.format("FR%02d%09d", (12 + 3 * (siren % 97)) % 97, siren);
            }
            case "NL" -> "NL" + digits(9) + "B01";
            case "LU", "DK", "HU" -> country + digits(8);
            case "ES" -> "ESB" + digits(8);
            case "IT" -> "IT" + digits(11);
            case "AT" -> "ATU" + digits(8);
            case "IE" -> "IE" + digits(7) + (char) ('A' + r.nextInt(23));
            case "SE" -> "SE" + digits(10) + "01";
            case "PL" -> "PL" + digits(10);
            default -> country + digits(9); // DE, GB, PT
        };
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        b.append((char) ('1' + r.nextInt(9)));
        for (int i = 1; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    private static boolean hasIbanFormat(String country) {
        return switch (country) {
            case "FR", "NL", "DE", "LU" -> true;
            default -> false;
        };
    }

    private String newIban(String country) {
        String iban;
        do {
            iban = switch (country) {
                case "BE" -> Iban.belgian(Draw.between(r, 1, 979) * 10_000_000L + r.nextInt(10_000_000)).value();
                case "FR" -> withCheckDigits("FR", "30004" + digits(18));
                case "NL" -> withCheckDigits("NL", Draw.pick(r, new String[]{"INGB", "ABNA", "RABO", "TRIO"}) + "0" + digits(9));
                case "DE" -> withCheckDigits("DE", digits(18));
                case "LU" -> withCheckDigits("LU", digits(16));
                default -> throw new IllegalArgumentException(country);
            };
        } while (!ibans.add(iban));
        return iban;
    }

    /** ISO 13616 check digits: 98 - (BBAN + country letters as numbers + "00") mod 97. */
    static String withCheckDigits(String country, String bban) {
        StringBuilder n = new StringBuilder();
        for (char ch : (bban + country + "00").toCharArray()) {
            n.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        int check = 98 - new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
        return Iban.of(country + String.format("%02d", check) + bban).value();
    }
}
