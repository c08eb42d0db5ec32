/**
 * Sample tooling, not production jobs: DIMONA's answers in a replayed year
 * ({@link be.coop.backoffice.sample.dimona.DimonaAckSimulator}), so the declarations sent one night
 * are acknowledged the next and the updates and cancellations waiting for them go out.
 */
package be.coop.backoffice.sample.dimona;
