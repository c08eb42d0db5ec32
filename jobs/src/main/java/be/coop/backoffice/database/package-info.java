/**
 * Where the data lives: an external PostgreSQL when a JDBC URL is configured, otherwise an
 * embedded PostgreSQL 15 whose data directory persists under the back office's home folder.
 */
package be.coop.backoffice.database;
