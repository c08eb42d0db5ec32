package be.coop.backoffice.sample;

/**
 * A (contract type, structure) pair a worker holds contracts in. Only plausible pairs exist:
 * temp work (PI) employs employees and students, training (FA) employees and artists giving
 * workshops; ARTIST_1BIS and students only work for Productions Associées or PI.
 */
enum Cell {
    EMPLOYEE_PA(ContractType.EMPLOYEE, Structure.PA),
    EMPLOYEE_PI(ContractType.EMPLOYEE, Structure.PI),
    EMPLOYEE_FA(ContractType.EMPLOYEE, Structure.FA),
    STUDENT_PA(ContractType.STUDENT, Structure.PA),
    STUDENT_PI(ContractType.STUDENT, Structure.PI),
    ARTIST_PA(ContractType.ARTIST, Structure.PA),
    ARTIST_FA(ContractType.ARTIST, Structure.FA),
    ARTIST_1BIS_PA(ContractType.ARTIST_1BIS, Structure.PA);

    final ContractType type;
    final Structure structure;

    Cell(ContractType type, Structure structure) {
        this.type = type;
        this.structure = structure;
    }

    static Cell of(ContractType type, Structure structure) {
        for (Cell c : values()) {
            if (c.type == type && c.structure == structure) {
                return c;
            }
        }
        return null;
    }
}
