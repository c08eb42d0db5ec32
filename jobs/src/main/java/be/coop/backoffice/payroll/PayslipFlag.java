package be.coop.backoffice.payroll;

/** What a payslip reader must notice: the computation departed from the encoded contract. */
public enum PayslipFlag {
    /** Some hours of a student contract lie beyond the yearly quota and bear ordinary contributions. */
    STUDENT_QUOTA_EXCEEDED,
    /** A courier's gross was below the legal minimum for the paid hours and was raised; see the shortfall. */
    COURIER_CORRECTED
}
