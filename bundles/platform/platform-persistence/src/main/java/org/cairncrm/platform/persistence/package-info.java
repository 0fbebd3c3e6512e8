/**
 * What module persistence units build on: {@link org.cairncrm.platform.persistence.AuditedEntity} (id, version and
 * audit stamp on every table), {@link org.cairncrm.platform.persistence.JpaLists} (paged, sorted, filtered lists from
 * a {@link org.cairncrm.platform.api.paging.PageRequest}) and {@link org.cairncrm.platform.persistence.ModuleSchema}
 * (the service that says a module's tables are migrated and ready).
 * <p>
 * A module's {@code persistence.xml} lists {@code AuditedEntity} and {@code InstantConverter} among its classes, uses
 * the JTA data source {@code osgi:service/javax.sql.DataSource/(osgi.jndi.service.name=cairn)} and sets
 * {@code eclipselink.ddl-generation=none}: tables come from the module's Liquibase changelog only.
 */
@Version("1.2.0")
package org.cairncrm.platform.persistence;

import org.osgi.annotation.versioning.Version;
