package be.coop.backoffice.payroll;

/** The employment contract types the cooperative signs (joint committee 200 or 304). */
public enum ContractType {
    EMPLOYEE,
    STUDENT,
    ARTIST,
    /** Artist under article 1bis of the social-security law (no employer authority, still insured). */
    ARTIST_1BIS
}
