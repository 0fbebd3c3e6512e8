/**
 * What module persistence units build on: {@link org.cairncrm.platform.persistence.AuditedEntity} (id, version and
 * audit stamp on every table), {@link org.cairncrm.platform.persistence.JpaLists} (paged, sorted, filtered lists from
 * a {@link org.cairncrm.platform.api.paging.PageRequest}) and {@link org.cairncrm.platform.persistence.ModuleSchema}
 * (the service that says a module's tables are migrated and ready).
 */
@Version("1.0.0")
package org.cairncrm.platform.persistence;

import org.osgi.annotation.versioning.Version;
