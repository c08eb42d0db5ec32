/** The nightly chain: one job of job steps for one business date, each step a job that also runs alone. */
package be.coop.backoffice.nightly;
