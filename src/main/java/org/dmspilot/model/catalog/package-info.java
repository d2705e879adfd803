/**
 * The source catalog: what a MySQL/MariaDB server (or a dump of one) holds, as plain immutable records. Read live by
 * {@code org.dmspilot.core.catalog.LiveCatalogReader} or offline by {@code DumpCatalogReader}, stored with the
 * project for offline work, and read by conversion, reports and the engine. Lists are never null; names keep the
 * server's spelling; keywords (engine, actions, algorithms) are upper case.
 */
package org.dmspilot.model.catalog;
