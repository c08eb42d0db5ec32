package be.coop.backoffice.sample;

/** A client (donneur d'ordre) as the clients feed describes it. */
final class PlannedClient {

    enum Kind { BUSINESS, PERSON, PUBLIC }

    final int index;
    final String name;
    final Kind kind;
    final String country;
    final String enterpriseNumber;
    final String vatNumber;
    final String iban;
    final int paymentTermsDays;
    /** Sales and contracts that chose this client so far (how clients attract repeat work). */
    int uses;
    int firstNeeded = Integer.MAX_VALUE;
    String id;

    PlannedClient(int index, String name, Kind kind, String country, String enterpriseNumber, String vatNumber,
                  String iban, int paymentTermsDays) {
        this.index = index;
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.enterpriseNumber = enterpriseNumber;
        this.vatNumber = vatNumber;
        this.iban = iban;
        this.paymentTermsDays = paymentTermsDays;
    }

    boolean isBelgian() {
        return "BE".equals(country);
    }
}
