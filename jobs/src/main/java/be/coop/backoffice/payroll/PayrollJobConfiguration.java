package be.coop.backoffice.payroll;

import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.config.ConfigFolder;
import be.coop.backoffice.sepa.DebtorAccounts;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code payrollJob}: the payslips and the salary payments of one business date; runs in the
 * nightly chain after the feed import, and alone with the same parameters ({@code businessDate},
 * {@code outbox}).
 *
 * <ol>
 *   <li>{@code computePayslipsStep} reads the active contracts whose work ended on or before the
 *       business date and have no payslip ({@code contract}, {@code member}), computes them with
 *       {@code config/payroll-rates.csv}, writes {@code payslip} and, for contracts under an
 *       Activity, the {@code SALARY} and {@code EMPLOYER_COSTS} debits of {@code activity_ledger_entry}.</li>
 *   <li>{@code writeSalaryFilesStep} writes {@code outbox/<date>/salaries-<payment date>.xml} for every
 *       payment date up to the next day that has unpaid payslips (pain.001.001.03, accounts of
 *       {@code config/debtor-accounts.csv}) and records it in {@code salary_payment_file}.</li>
 *   <li>{@code writePayrollReportStep} writes {@code outbox/<date>/payroll-report.csv}.</li>
 * </ol>
 * Restart: a killed run restarts at the failed step; the contracts paid by committed chunks are
 * not read again, a salary file not recorded is rewritten identically (docs/payroll.md).
 */
@Configuration
public class PayrollJobConfiguration {

    public static final String JOB_NAME = "payrollJob";
    static final int CHUNK_SIZE = 1000;

    @Bean
    public PayrollRates payrollRates(@Value("${" + ConfigFolder.PROPERTY + ":}") String configDir) {
        return PayrollRates.load(ConfigFolder.locate(configDir).resolve("payroll-rates.csv"));
    }

    @Bean
    public PaymentDates salaryPaymentDates(@Value("${" + ConfigFolder.PROPERTY + ":}") String configDir,
                                           @Value("${backoffice.payroll.entity:BE}") String entity) {
        Path entities = ConfigFolder.locate(configDir).resolve("entities.csv");
        return new PaymentDates(new SalaryPaymentDate(Entities.load(entities)), entity);
    }

    @Bean
    public DebtorAccounts debtorAccounts(@Value("${" + ConfigFolder.PROPERTY + ":}") String configDir) {
        return DebtorAccounts.load(ConfigFolder.locate(configDir).resolve("debtor-accounts.csv"));
    }

    @Bean
    public Job payrollJob(JobRepository jobRepository, Step computePayslipsStep, Step writeSalaryFilesStep,
                          Step writePayrollReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(computePayslipsStep)
                .next(writeSalaryFilesStep)
                .next(writePayrollReportStep)
                .build();
    }

    @Bean
    public Step computePayslipsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    DataSource dataSource, JdbcTemplate jdbcTemplate, PayrollRates payrollRates,
                                    PaymentDates salaryPaymentDates) {
        PayslipWriter writer = new PayslipWriter(jdbcTemplate, new PayslipCalculator(payrollRates), salaryPaymentDates);
        PayrollNights nights = new PayrollNights(jdbcTemplate);
        LocalDate[] businessDate = new LocalDate[1];
        LocalDate[] searchFrom = new LocalDate[1];
        return new StepBuilder("computePayslipsStep", jobRepository)
                .<ContractToPay, ContractToPay>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(ContractsToPayReader.build(dataSource, () -> businessDate[0], () -> searchFrom[0], CHUNK_SIZE))
                .writer(writer)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        businessDate[0] = stepExecution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
                        searchFrom[0] = nights.searchFrom(businessDate[0]);
                        writer.setBusinessDate(businessDate[0]);
                    }

                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        // after the last chunk committed; killed before this, the next nights search further back
                        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
                            nights.completed(businessDate[0], (int) stepExecution.getWriteCount());
                        }
                        return null;
                    }
                })
                .build();
    }

    @Bean
    public Step writeSalaryFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     JdbcTemplate jdbcTemplate, DebtorAccounts debtorAccounts) {
        return new StepBuilder("writeSalaryFilesStep", jobRepository)
                .tasklet(new SalaryFilesTasklet(jdbcTemplate, debtorAccounts), transactionManager)
                .build();
    }

    @Bean
    public Step writePayrollReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       JdbcTemplate jdbcTemplate) {
        return new StepBuilder("writePayrollReportStep", jobRepository)
                .tasklet(new PayrollReportTasklet(jdbcTemplate), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
