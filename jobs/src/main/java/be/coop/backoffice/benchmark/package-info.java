/**
 * The throughput benchmark ({@code backoffice benchmark}): a synthetic year generated in a fresh
 * database, then one stage per job measured on it, each printing its rate beside a baseline.
 * Stages are added to {@link be.coop.backoffice.benchmark.Benchmark#STAGES} as jobs are built.
 */
package be.coop.backoffice.benchmark;
