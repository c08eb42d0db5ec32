package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code clients.csv} into {@code client}. */
class ClientsTable extends SimpleFeedTable<ClientRow> {

    ClientsTable(JdbcTemplate jdbc) {
        super(jdbc, "client", "client_id", ClientRow::clientId, List.of());
    }

    @Override
    protected String insertSql() {
        return """
                insert into client (client_id, name, kind, country, enterprise_number, vat_number, iban,
                                    payment_terms_days, imported_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    }

    @Override
    protected Object[] insertValues(ClientRow c, LocalDate businessDate) {
        return new Object[] {c.clientId(), c.name(), c.kind(), c.country(),
                c.enterpriseNumber() == null ? null : c.enterpriseNumber().value(), c.vatNumber(),
                c.iban() == null ? null : c.iban().value(), c.paymentTermsDays(), businessDate};
    }
}
