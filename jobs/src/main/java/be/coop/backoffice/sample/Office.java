package be.coop.backoffice.sample;

/** Office codes of the feeds with the share of members each holds (Bruxelles the largest). */
enum Office {
    BRUXELLES(38.0), LIEGE(10.5), GENT(9.0), ANTWERPEN(8.0), NAMUR(5.0), CHARLEROI(4.5),
    LOUVAIN_LA_NEUVE(4.0), MONS(3.5), KORTRIJK(3.0), GENK(2.5), TOURNAI(2.5), EUPEN(1.0),
    NO_OFFICE(8.5);

    final double share;

    Office(double share) {
        this.share = share;
    }

    /** Bruxelles teams and their shares of the Bruxelles members. */
    static final String[] TEAMS = {"GREEN", "PURPLE", "YELLOW", "BLUE", "TURQUOISE"};
    static final double[] TEAM_SHARES = {24, 22, 20, 18, 16};
}
