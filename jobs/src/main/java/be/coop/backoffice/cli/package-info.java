/**
 * The command line: one executable jar, one subcommand per operation, exit code 0 only when what
 * was asked completed. Commands that touch the database start the Spring context themselves.
 */
package be.coop.backoffice.cli;
