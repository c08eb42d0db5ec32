package be.coop.backoffice.dimona;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.dimona.ContractDeclarations.Latest;
import be.coop.backoffice.dimona.ContractDeclarations.Terms;
import be.coop.backoffice.dimona.DimonaRules.Needed;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DimonaRulesTest {

    private static final LocalDate THURSDAY = LocalDate.of(2017, 3, 9);
    private static final LocalDate FRIDAY = LocalDate.of(2017, 3, 10);
    private static final LocalDate MONDAY = LocalDate.of(2017, 3, 13);

    private static ContractDeclarations contract(boolean cancelled, int version, LocalDate start, Latest latest,
                                                 Long period, Terms accepted) {
        return new ContractDeclarations("K1", cancelled, version, true, start, start.plusDays(1),
                new BigDecimal("7.5"), latest, period, accepted);
    }

    @Test
    void aContractStartingByTheNextBusinessDayIsDeclaredOnceWithItsStudentHoursRoundedUp() {
        assertThat(DimonaRules.decide(contract(false, 1, FRIDAY, null, null, null), THURSDAY, FRIDAY))
                .contains(new Needed(DeclarationKind.IN, false, null, new Terms(FRIDAY, FRIDAY.plusDays(1), 8)));
        assertThat(DimonaRules.decide(contract(false, 1, MONDAY, null, null, null), THURSDAY, FRIDAY)).isEmpty();
        assertThat(DimonaRules.decide(contract(false, 1, FRIDAY, new Latest(DeclarationKind.IN, DeclarationState.SENT, 1),
                null, null), THURSDAY, FRIDAY)).isEmpty();
    }

    @Test
    void aContractThatAlreadyStartedIsDeclaredLate() {
        assertThat(DimonaRules.decide(contract(false, 1, THURSDAY.minusDays(3), null, null, null), THURSDAY, FRIDAY))
                .hasValueSatisfying(n -> assertThat(n.late()).isTrue());
    }

    @Test
    void anAmendedDeclaredContractGetsAnUpdateOnceItsInIsAccepted() {
        Terms declared = new Terms(FRIDAY, FRIDAY, 8);
        assertThat(DimonaRules.decide(contract(false, 2, FRIDAY, new Latest(DeclarationKind.IN, DeclarationState.ACCEPTED, 1),
                42L, declared), THURSDAY, FRIDAY))
                .contains(new Needed(DeclarationKind.UPDATE, false, 42L, new Terms(FRIDAY, FRIDAY.plusDays(1), 8)));
        assertThat(DimonaRules.decide(contract(false, 2, FRIDAY, new Latest(DeclarationKind.IN, DeclarationState.SENT, 1),
                null, null), THURSDAY, FRIDAY)).isEmpty();
    }

    @Test
    void aCancelledContractIsCancelledOnceAndNeverDeclaredIfItWasNot() {
        Terms declared = new Terms(MONDAY, MONDAY.plusDays(1), 8);
        assertThat(DimonaRules.decide(contract(true, 2, MONDAY, new Latest(DeclarationKind.IN, DeclarationState.ACCEPTED, 1),
                42L, declared), THURSDAY, FRIDAY)).hasValueSatisfying(n -> {
                    assertThat(n.kind()).isEqualTo(DeclarationKind.CANCEL);
                    assertThat(n.periodId()).isEqualTo(42L);
                });
        assertThat(DimonaRules.decide(contract(true, 2, MONDAY, new Latest(DeclarationKind.CANCEL, DeclarationState.ACCEPTED, 2),
                42L, declared), THURSDAY, FRIDAY)).isEmpty();
        assertThat(DimonaRules.decide(contract(true, 2, FRIDAY, null, null, null), THURSDAY, FRIDAY)).isEmpty();
    }

    @Test
    void aRefusedDeclarationWaitsForTheContractToBeFixed() {
        Latest refused = new Latest(DeclarationKind.IN, DeclarationState.REFUSED, 1);
        assertThat(DimonaRules.decide(contract(false, 1, FRIDAY, refused, null, null), THURSDAY, FRIDAY)).isEmpty();
        assertThat(DimonaRules.decide(contract(false, 2, FRIDAY, refused, null, null), THURSDAY, FRIDAY))
                .hasValueSatisfying(n -> assertThat(n.kind()).isEqualTo(DeclarationKind.IN));
    }
}
