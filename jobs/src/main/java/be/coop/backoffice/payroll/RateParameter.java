package be.coop.backoffice.payroll;

/**
 * The parameters of {@code config/payroll-rates.csv}. Those {@linkplain #perContractType() per
 * contract type} have one row per year and contract type, the others one row per year.
 */
public enum RateParameter {
    /** Worker social-security contribution, fraction of gross (0.1307). */
    WORKER_SOCIAL_SECURITY_RATE(false),
    /** Student solidarity contribution for hours within the yearly quota (0.0271). */
    STUDENT_SOLIDARITY_RATE(false),
    /** Student hours per calendar year at the solidarity rate (475). */
    STUDENT_QUOTA_HOURS(false),
    /** Lowest withholding-tax rate a member may choose, per contract type. */
    MINIMUM_WITHHOLDING_RATE(true),
    /** Employer costs (social security, holiday pay, insurances) as a fraction of gross, per contract type. */
    EMPLOYER_COST_RATE(true),
    /** Legal minimum gross wage of a bike courier per paid hour, euro. */
    COURIER_MINIMUM_HOURLY_WAGE(false),
    /** Paid hours per day worked a courier receives at least. */
    COURIER_MINIMUM_PAID_HOURS_PER_DAY(false),
    /** Non-taxable allowance per day worked for the courier's own bike and phone, euro. */
    COURIER_DAILY_ALLOWANCE(false);

    private final boolean perContractType;

    RateParameter(boolean perContractType) {
        this.perContractType = perContractType;
    }

    public boolean perContractType() {
        return perContractType;
    }
}
