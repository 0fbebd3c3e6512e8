package org.cairncrm.platform.persistence;

import java.util.Optional;

/** Where each module's schema stands; an OSGi service of the platform. */
public interface SchemaMigrations {

    enum Status {
        /** The module has no migrations, or they have not been looked at yet. */
        NONE,
        /** Migrations are being applied. */
        PENDING,
        /** All change sets are applied; the module's {@link ModuleSchema} service is registered. */
        READY,
        /** A change set failed; the module stays unavailable until it is fixed and restarted. */
        FAILED
    }

    Status status(String module);

    /** Why the migration failed, for an administrator, when it did. */
    Optional<String> failure(String module);
}
