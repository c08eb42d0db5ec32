/**
 * The import of the day's inbox feeds (members, clients, activities, contracts, sales, expenses,
 * leasing, accidents): one restartable chunk step per feed, field rules in plain Java
 * ({@code *Row.parse}), references and duplicates checked a chunk at a time, every rejected line
 * kept in {@code import_reject} and written to the day's rejects file.
 */
package be.coop.backoffice.imports;
