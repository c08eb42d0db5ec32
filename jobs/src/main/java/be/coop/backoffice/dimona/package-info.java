/**
 * DIMONA, the Belgian immediate employment declaration: the declarations of one employing
 * structure ({@link be.coop.backoffice.dimona.DimonaIn}, {@link be.coop.backoffice.dimona.DimonaUpdate},
 * {@link be.coop.backoffice.dimona.DimonaCancel}) written as one XML file valid against
 * {@code Dimona_20231.xsd} by {@link be.coop.backoffice.dimona.DimonaDeclarationWriter}, which
 * validates before writing. The mapping is documented in {@code docs/dimona.md}.
 */
package be.coop.backoffice.dimona;
