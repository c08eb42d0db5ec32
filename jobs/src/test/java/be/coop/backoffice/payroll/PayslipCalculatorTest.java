package be.coop.backoffice.payroll;

import be.coop.backoffice.testing.ConfigFiles;
import be.coop.backoffice.common.config.ConfigException;
import static be.coop.backoffice.payroll.ContractType.ARTIST;
import static be.coop.backoffice.payroll.ContractType.ARTIST_1BIS;
import static be.coop.backoffice.payroll.ContractType.EMPLOYEE;
import static be.coop.backoffice.payroll.ContractType.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.payroll.ContributionLine.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Payslips computed with the rates of {@code config/payroll-rates.csv} (2017 and 2018). */
class PayslipCalculatorTest {

    private static final BigDecimal NO_STUDENT_HOURS = BigDecimal.ZERO;

    private final PayslipCalculator calculator =
            new PayslipCalculator(PayrollRates.load(ConfigFiles.path("payroll-rates.csv")));

    @Test
    void employeeAtTheMinimumWithholdingRate() {
        PayrollContract contract = contract("C-EMP", EMPLOYEE, false, "2017-03-06", "2017-03-10", 5, "38", "750.00", null);

        Payslip payslip = calculator.compute(contract, NO_STUDENT_HOURS);

        assertThat(payslip.ratesYear()).isEqualTo(2017);
        assertThat(payslip.gross()).isEqualTo(money("750.00"));
        assertThat(payslip.socialSecurityBase()).isEqualTo(money("750.00"));
        assertThat(payslip.workerContribution()).isEqualTo(money("98.03"));      // 750.00 × 13.07% = 98.025
        assertThat(payslip.taxableIncome()).isEqualTo(money("651.97"));
        assertThat(payslip.withholdingRate()).isEqualByComparingTo("0.11");      // none chosen: the minimum
        assertThat(payslip.withholdingTax()).isEqualTo(money("71.72"));          // 651.97 × 11% = 71.7167
        assertThat(payslip.net()).isEqualTo(money("580.25"));
        assertThat(payslip.courierAllowance()).isEqualTo(Money.ZERO);
        assertThat(payslip.amountPaid()).isEqualTo(money("580.25"));
        assertThat(payslip.employerCosts()).isEqualTo(money("412.50"));          // 750.00 × 55%
        assertThat(payslip.flags()).isEmpty();
    }

    @Test
    void artistWhoChoseAHigherWithholdingRate() {
        PayrollContract contract = contract("C-ART", ARTIST, false, "2017-05-12", "2017-05-12", 1, "8", "250.00", "0.20");

        Payslip payslip = calculator.compute(contract, NO_STUDENT_HOURS);

        assertThat(payslip.workerContribution()).isEqualTo(money("32.68"));      // 250.00 × 13.07% = 32.675
        assertThat(payslip.taxableIncome()).isEqualTo(money("217.32"));
        assertThat(payslip.withholdingRate()).isEqualByComparingTo("0.20");
        assertThat(payslip.withholdingTax()).isEqualTo(money("43.46"));          // 217.32 × 20% = 43.464
        assertThat(payslip.net()).isEqualTo(money("173.86"));
        assertThat(payslip.employerCosts()).isEqualTo(money("133.75"));          // 250.00 × 53.5%
    }

    @Test
    void artistFirstBisWhoseChosenRateIsBelowTheMinimumGetsTheMinimum() {
        PayrollContract contract = contract("C-1BIS", ARTIST_1BIS, false, "2017-06-01", "2017-06-02", 2, "12", "400.00", "0.05");

        Payslip payslip = calculator.compute(contract, NO_STUDENT_HOURS);

        assertThat(payslip.workerContribution()).isEqualTo(money("52.28"));      // 400.00 × 13.07%
        assertThat(payslip.withholdingRate()).isEqualByComparingTo("0.11");
        assertThat(payslip.withholdingTax()).isEqualTo(money("38.25"));          // 347.72 × 11% = 38.2492
        assertThat(payslip.net()).isEqualTo(money("309.47"));
        assertThat(payslip.employerCosts()).isEqualTo(money("214.00"));          // 400.00 × 53.5%
    }

    @Test
    void studentWithinTheQuotaPaysTheSolidarityContribution() {
        PayrollContract contract = contract("C-STU", STUDENT, false, "2017-07-03", "2017-07-07", 5, "30", "300.00", "0.10");

        Payslip payslip = calculator.compute(contract, new BigDecimal("100"));

        assertThat(payslip.contributions()).containsExactly(new ContributionLine(
                Kind.STUDENT_SOLIDARITY, new BigDecimal("30"), money("300.00"), new BigDecimal("0.0271"), money("8.13")));
        assertThat(payslip.workerContribution()).isEqualTo(money("8.13"));       // 300.00 × 2.71%
        assertThat(payslip.taxableIncome()).isEqualTo(money("291.87"));
        assertThat(payslip.withholdingTax()).isEqualTo(money("29.19"));          // 291.87 × 10% = 29.187
        assertThat(payslip.net()).isEqualTo(money("262.68"));
        assertThat(payslip.employerCosts()).isEqualTo(money("36.00"));           // 300.00 × 12%
        assertThat(payslip.hoursBeyondStudentQuota()).isEqualByComparingTo("0");
        assertThat(payslip.flags()).isEmpty();
    }

    @Test
    void studentCrossingTheQuotaMidContractPaysOrdinaryContributionsOnTheHoursBeyond() {
        // 468 of the 475 hours already worked: 7 of the 9 hours are within the quota, 2 beyond
        PayrollContract contract = contract("C-STU-Q", STUDENT, false, "2017-11-20", "2017-11-21", 2, "9", "245.55", null);

        Payslip payslip = calculator.compute(contract, new BigDecimal("468"));

        assertThat(payslip.contributions()).containsExactly(
                // 245.55 × 7/9 = 190.983 → 190.98; × 2.71% = 5.1756 → 5.18
                new ContributionLine(Kind.STUDENT_SOLIDARITY, new BigDecimal("7"), money("190.98"), new BigDecimal("0.0271"), money("5.18")),
                // the rest, 54.57; × 13.07% = 7.1323 → 7.13
                new ContributionLine(Kind.ORDINARY, new BigDecimal("2"), money("54.57"), new BigDecimal("0.1307"), money("7.13")));
        assertThat(payslip.workerContribution()).isEqualTo(money("12.31"));
        assertThat(payslip.taxableIncome()).isEqualTo(money("233.24"));
        assertThat(payslip.withholdingTax()).isEqualTo(Money.ZERO);              // student minimum 0%
        assertThat(payslip.net()).isEqualTo(money("233.24"));
        // 190.98 × 12% (student) = 22.92 + 54.57 × 55% (ordinary employee) = 30.01
        assertThat(payslip.employerCosts()).isEqualTo(money("52.93"));
        assertThat(payslip.hoursBeyondStudentQuota()).isEqualByComparingTo("2");
        assertThat(payslip.flags()).containsExactly(PayslipFlag.STUDENT_QUOTA_EXCEEDED);
    }

    @Test
    void studentAlreadyBeyondTheQuotaPaysOrdinaryContributionsOnEverything() {
        PayrollContract contract = contract("C-STU-X", STUDENT, false, "2017-12-04", "2017-12-04", 1, "8", "100.00", null);

        Payslip payslip = calculator.compute(contract, new BigDecimal("480"));

        assertThat(payslip.contributions()).extracting(ContributionLine::kind).containsExactly(Kind.ORDINARY);
        assertThat(payslip.workerContribution()).isEqualTo(money("13.07"));
        assertThat(payslip.employerCosts()).isEqualTo(money("55.00"));
        assertThat(payslip.flags()).containsExactly(PayslipFlag.STUDENT_QUOTA_EXCEEDED);
    }

    @Test
    void courierDayOfTwoHoursIsPaidThreeHoursAtTheMinimumWage() {
        PayrollContract contract = contract("C-BIKE", EMPLOYEE, true, "2017-09-14", "2017-09-14", 1, "2", "20.00", null);

        Payslip payslip = calculator.compute(contract, NO_STUDENT_HOURS);

        assertThat(payslip.paidHours()).isEqualByComparingTo("3");
        assertThat(payslip.gross()).isEqualTo(money("29.64"));                   // 3 h × 9.88
        assertThat(payslip.courierShortfall()).isEqualTo(money("9.64"));
        assertThat(payslip.flags()).containsExactly(PayslipFlag.COURIER_CORRECTED);
        assertThat(payslip.workerContribution()).isEqualTo(money("3.87"));      // 29.64 × 13.07% = 3.8739
        assertThat(payslip.taxableIncome()).isEqualTo(money("25.77"));
        assertThat(payslip.withholdingTax()).isEqualTo(money("2.83"));           // 25.77 × 11% = 2.8347
        assertThat(payslip.net()).isEqualTo(money("22.94"));
        assertThat(payslip.courierAllowance()).isEqualTo(money("2.50"));         // 1 day × 2.50, not taxed
        assertThat(payslip.amountPaid()).isEqualTo(money("25.44"));
        assertThat(payslip.employerCosts()).isEqualTo(money("16.30"));           // 29.64 × 55% = 16.302
    }

    @Test
    void courierPaidAboveTheMinimumKeepsTheEncodedGross() {
        PayrollContract contract = contract("C-BIKE-2", EMPLOYEE, true, "2017-09-14", "2017-09-15", 2, "8", "110.00", null);

        Payslip payslip = calculator.compute(contract, NO_STUDENT_HOURS);

        assertThat(payslip.paidHours()).isEqualByComparingTo("8");               // more than 2 days × 3 h
        assertThat(payslip.gross()).isEqualTo(money("110.00"));                  // above 8 h × 9.88 = 79.04
        assertThat(payslip.courierShortfall()).isEqualTo(Money.ZERO);
        assertThat(payslip.courierAllowance()).isEqualTo(money("5.00"));
        assertThat(payslip.amountPaid()).isEqualTo(payslip.net().plus(money("5.00")));
        assertThat(payslip.flags()).isEmpty();
    }

    @Test
    void theSameCourierDayIn2018IsComputedWithThe2018Rates() {
        Payslip in2017 = calculator.compute(
                contract("C-2017", EMPLOYEE, true, "2017-09-14", "2017-09-14", 1, "2", "20.00", null), NO_STUDENT_HOURS);
        Payslip in2018 = calculator.compute(
                contract("C-2018", EMPLOYEE, true, "2018-09-14", "2018-09-14", 1, "2", "20.00", null), NO_STUDENT_HOURS);

        assertThat(in2017.gross()).isEqualTo(money("29.64"));                    // 3 h × 9.88
        assertThat(in2018.gross()).isEqualTo(money("30.24"));                    // 3 h × 10.08
        assertThat(in2018.courierShortfall()).isEqualTo(money("10.24"));
        assertThat(in2018.workerContribution()).isEqualTo(money("3.95"));        // 30.24 × 13.07% = 3.9524
        assertThat(in2018.net()).isEqualTo(money("23.40"));                      // 26.29 − 2.89
        assertThat(in2018.amountPaid()).isEqualTo(money("25.90"));
        assertThat(in2018.employerCosts()).isEqualTo(money("16.03"));            // 30.24 × 53% = 16.0272
        assertThat(in2017.amountPaid()).isNotEqualTo(in2018.amountPaid());
    }

    @Test
    void aContractSpanningNewYearTakesTheRatesOfItsEndYear() {
        PayrollContract contract = contract("C-NY", EMPLOYEE, false, "2017-12-28", "2018-01-03", 5, "38", "750.00", null);

        Payslip payslip = calculator.compute(contract, NO_STUDENT_HOURS);

        assertThat(payslip.ratesYear()).isEqualTo(2018);
        assertThat(payslip.net()).isEqualTo(money("580.25"));                    // worker side unchanged in 2018
        assertThat(payslip.employerCosts()).isEqualTo(money("397.50"));          // 750.00 × 53% (412.50 in 2017)
    }

    @Test
    void aContractOfAYearWithoutRatesIsRefusedNamingTheYear() {
        PayrollContract contract = contract("C-2019", EMPLOYEE, false, "2019-01-07", "2019-01-07", 1, "8", "100.00", null);

        assertThatThrownBy(() -> calculator.compute(contract, NO_STUDENT_HOURS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no payroll rates for 2019");
    }

    @Test
    void anInconsistentContractIsRefusedNamingIt() {
        assertThatThrownBy(() -> contract("C-BAD", EMPLOYEE, false, "2017-03-06", "2017-03-07", 3, "8", "100.00", null))
                .hasMessageContaining("contract C-BAD").hasMessageContaining("days worked must be 1..2");
        assertThatThrownBy(() -> contract("C-BAD2", EMPLOYEE, false, "2017-03-06", "2017-03-06", 1, "8", "100.00", "15"))
                .hasMessageContaining("contract C-BAD2").hasMessageContaining("withholding rate");
    }

    private static PayrollContract contract(String id, ContractType type, boolean courier, String start, String end,
                                            int days, String hours, String gross, String chosenRate) {
        return new PayrollContract(id, type, courier, LocalDate.parse(start), LocalDate.parse(end), days,
                new BigDecimal(hours), money(gross), chosenRate == null ? null : new BigDecimal(chosenRate));
    }

    private static Money money(String amount) {
        return Money.parse(amount);
    }
}
