package org.cairncrm.platform.api.rest;

/**
 * Marks a JAX-RS resource that the platform publishes. Register it as an OSGi service of this type with the service
 * property {@link org.cairncrm.platform.api.CairnModule#MODULE_PROPERTY cairn.module} set to the module name.
 * The bundle should carry {@code META-INF/cairn/openapi.json} (generated at build time) for the OpenAPI description.
 */
public interface RestResource {
}
