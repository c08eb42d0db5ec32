package be.coop.backoffice.sample;

import be.coop.backoffice.common.Money;
import java.util.Map;

/**
 * What a generation wrote and the year's figures it carries. Amounts and counts are net of
 * cancellations (ACTIVE rows only), as the report counts them.
 *
 * @param dayFolders       {@code inbox/YYYY-MM-DD} folders written (a day with no row gets none)
 * @param files            CSV files written (a feed with no row on a day gets no file)
 * @param rowsPerFeed      data rows per feed file name, cancellation rows included, in feed order
 * @param workers          distinct members with an active contract
 * @param grossPerType     gross salaries per contract type code
 * @param daysPerStructure days worked per structure code
 * @param turnoverPerSource turnover excluding VAT per source: {@code ACTIVITIES}, {@code CONTRACTS}
 * @param feeExemptTurnover Activity turnover that bears no mutualised fee
 * @param mutualisedFee    sum over fee-bearing sales of 6.5% rounded half-up per sale
 */
public record GenerationSummary(
        int year,
        double scale,
        long seed,
        int dayFolders,
        int files,
        Map<String, Integer> rowsPerFeed,
        int workers,
        int couriers,
        int contracts,
        int cancelledContracts,
        Money grossSalaries,
        Map<String, Money> grossPerType,
        long daysWorked,
        Map<String, Long> daysPerStructure,
        int sales,
        int cancelledSales,
        Map<String, Money> turnoverPerSource,
        Money feeExemptTurnover,
        Money mutualisedFee,
        int clients,
        int activities,
        Money authorRights,
        Money otherExpenses,
        int leasings,
        Money leasingPrices,
        int accidents,
        int lostDays) {

    /** Total turnover excluding VAT, Activities and Contracts together. */
    public Money turnover() {
        return turnoverPerSource.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** Total data rows written over all feeds. */
    public int rows() {
        return rowsPerFeed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
