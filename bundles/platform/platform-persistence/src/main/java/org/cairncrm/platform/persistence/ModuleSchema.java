package org.cairncrm.platform.persistence;

/**
 * Registered by the platform, with the service property {@code cairn.module=<module>}, once that module's schema
 * migrations have been applied. A module's repositories reference it with a target filter so that they start only
 * on a ready schema:
 * {@code @Reference(target = "(cairn.module=contacts)") ModuleSchema schema}.
 */
public interface ModuleSchema {

    /** The module name. */
    String module();

    /** Ids of the change sets applied so far, in order. */
    java.util.List<String> appliedChanges();
}
