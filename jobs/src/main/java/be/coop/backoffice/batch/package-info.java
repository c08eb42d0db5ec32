/**
 * How jobs are launched: one run of a job at a time across every process sharing the database, a
 * run that died (killed, machine lost) recovered so the same parameters restart where it failed.
 */
package be.coop.backoffice.batch;
