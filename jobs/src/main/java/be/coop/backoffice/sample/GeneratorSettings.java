package be.coop.backoffice.sample;

/**
 * What the sample year is made of: the calendar year written, the scale (1.0 reproduces the
 * report's figures exactly; 0.01 is a hundredth of the volume) and the seed. The same settings
 * always give byte-identical files.
 */
public record GeneratorSettings(int year, double scale, long seed) {

    public static final int REPORT_YEAR = 2017;
    public static final long DEFAULT_SEED = 20_170_101L;

    public GeneratorSettings {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("year must be 2000..2099: " + year);
        }
        if (!(scale > 0.0 && scale <= 2.0)) {
            throw new IllegalArgumentException("scale must be in (0, 2]: " + scale);
        }
    }

    /** The report year at full scale with the default seed. */
    public static GeneratorSettings fullYear() {
        return new GeneratorSettings(REPORT_YEAR, 1.0, DEFAULT_SEED);
    }

    public static GeneratorSettings of(int year, double scale, long seed) {
        return new GeneratorSettings(year, scale, seed);
    }
}
