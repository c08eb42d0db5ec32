package be.coop.backoffice.dimona;

import be.coop.backoffice.payroll.ContractType;

/** The DIMONA worker types the cooperative declares (a subset of the schema's list). */
public enum DimonaWorkerType {
    /** Student under a student contract: declared with planned hours, counted against the yearly quota. */
    STU,
    /** Every other worker: employees and artists. */
    OTH;

    public static DimonaWorkerType of(ContractType type) {
        return type == ContractType.STUDENT ? STU : OTH;
    }
}
