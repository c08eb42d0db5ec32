package be.coop.backoffice.sample;

/** Employment contract types of the feeds, with the joint committee each defaults to. */
enum ContractType {
    EMPLOYEE(200), STUDENT(200), ARTIST(304), ARTIST_1BIS(304);

    final int jointCommittee;

    ContractType(int jointCommittee) {
        this.jointCommittee = jointCommittee;
    }

    boolean isArtist() {
        return this == ARTIST || this == ARTIST_1BIS;
    }
}
