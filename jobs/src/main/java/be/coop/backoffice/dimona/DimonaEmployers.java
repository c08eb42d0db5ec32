package be.coop.backoffice.dimona;

import be.coop.backoffice.common.EnterpriseNumber;
import be.coop.backoffice.common.config.ConfigException;
import be.coop.backoffice.common.config.ConfigTable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;

/**
 * The employing structures of {@code config/dimona-employers.csv}, columns
 * {@code structure;name;noss_registration_nbr;enterprise_number}.
 */
public final class DimonaEmployers {

    private final String source;
    private final Map<String, DimonaEmployer> byStructure;

    private DimonaEmployers(String source, Map<String, DimonaEmployer> byStructure) {
        this.source = source;
        this.byStructure = Collections.unmodifiableMap(byStructure);
    }

    public static DimonaEmployers load(Path file) {
        return from(ConfigTable.read(file));
    }

    public static DimonaEmployers from(ConfigTable table) {
        table.requireColumns("structure", "name", "noss_registration_nbr", "enterprise_number");
        return new DimonaEmployers(table.source(), table.byKey("structure", row -> new DimonaEmployer(
                row.required("structure"), row.required("name"), row.required("noss_registration_nbr"),
                EnterpriseNumber.of(row.required("enterprise_number")))));
    }

    public DimonaEmployer forStructure(String structure) {
        DimonaEmployer employer = byStructure.get(structure);
        if (employer == null) {
            throw new ConfigException("no DIMONA employer for structure '" + structure + "' in " + source
                    + " (lists " + byStructure.keySet() + ")");
        }
        return employer;
    }
}
