/**
 * Value types shared by every job: money with its single rounding policy, and the Belgian
 * identifiers (national number, enterprise number, IBAN, structured communication) that
 * validate on construction so an invalid one cannot travel further than the line it came from.
 */
package be.coop.backoffice.common;
