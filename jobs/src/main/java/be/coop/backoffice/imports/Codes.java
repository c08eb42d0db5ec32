package be.coop.backoffice.imports;

import java.util.Set;

/**
 * The reference codes a feed may use. They mirror the reference tables seeded by Flyway
 * (structure, office, team, contract_type); a test holds the two in step.
 */
public final class Codes {

    public static final Set<String> STRUCTURES = Set.of("PA", "PI", "FA");
    public static final Set<String> OFFICES = Set.of("ANTWERPEN", "BRUXELLES", "CHARLEROI", "EUPEN", "GENK", "GENT",
            "KORTRIJK", "LIEGE", "LOUVAIN_LA_NEUVE", "MONS", "NAMUR", "TOURNAI", "NO_OFFICE");
    public static final Set<String> TEAMS = Set.of("GREEN", "PURPLE", "YELLOW", "BLUE", "TURQUOISE");
    public static final String TEAM_OFFICE = "BRUXELLES";
    public static final Set<String> CONTRACT_TYPES = Set.of("EMPLOYEE", "STUDENT", "ARTIST", "ARTIST_1BIS");
    public static final Set<String> JOINT_COMMITTEES = Set.of("200", "304");
    public static final Set<String> STATUSES = Set.of("ACTIVE", "CANCELLED");
    public static final Set<String> CLIENT_KINDS = Set.of("BUSINESS", "PERSON", "PUBLIC");
    public static final Set<String> VAT_REGIMES = Set.of("STANDARD", "REDUCED", "EXEMPT");
    public static final Set<String> EXPENSE_CATEGORIES = Set.of("PURCHASE", "TRAVEL", "SERVICES", "AUTHOR_RIGHTS", "OTHER");
    public static final Set<String> ASSET_CATEGORIES = Set.of("COMPUTER", "AUDIOVISUAL", "PHOTO", "OTHER");
    public static final Set<String> ACCIDENT_KINDS = Set.of("WORK", "COMMUTE", "PRIVATE_LIFE", "MOBILITY");

    private Codes() {
    }

    /** Joint committee 304 (performing arts) for artists, 200 for the others. */
    public static short defaultJointCommittee(String contractType) {
        return (short) (contractType.startsWith("ARTIST") ? 304 : 200);
    }
}
