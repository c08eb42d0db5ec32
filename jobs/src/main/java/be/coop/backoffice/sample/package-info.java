/**
 * The deterministic sample-year generator: writes a calendar year of inbox feeds
 * ({@code inbox/YYYY-MM-DD/*.csv}, formats of {@code docs/feeds.md}) whose totals reproduce the
 * cooperative's 2017 activity report to the cent at scale 1.0.
 *
 * <p>Entry point: {@link be.coop.backoffice.sample.SampleYearGenerator}. Everything else in the
 * package is a planning step (workers, contracts, tools, sales, side feeds) or the writer.
 * Plain Java: no Spring, no clock, one seeded random source split per step.
 */
package be.coop.backoffice.sample;
