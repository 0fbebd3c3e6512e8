package org.cairncrm.platform.api;

/**
 * Manifest headers by which the platform recognises a Cairn module bundle.
 */
public final class CairnModule {

    /** The module's short name, e.g. {@code contacts}; also the first segment of its REST path. */
    public static final String HEADER = "Cairn-Module";
    /** The module's title for people, e.g. {@code Contacts}; defaults to Bundle-Name. */
    public static final String TITLE_HEADER = "Cairn-Module-Title";
    /** Path of the module's Liquibase changelog inside the bundle, e.g. {@code db/contacts/changelog.xml}. */
    public static final String MIGRATIONS_HEADER = "Cairn-Migrations";
    /** Service property naming the module a service belongs to (REST resources, schema readiness). */
    public static final String MODULE_PROPERTY = "cairn.module";

    private CairnModule() {
    }
}
