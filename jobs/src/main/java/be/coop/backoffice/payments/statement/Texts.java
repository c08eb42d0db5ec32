package be.coop.backoffice.payments.statement;

/** Text of a statement as a person reads it. */
final class Texts {

    private Texts() {
    }

    /** Runs of white space made one space, none around: fixed-width fields and split XML text joined. */
    static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
