/**
 * How a module publishes REST resources: register a JAX-RS annotated object as a {@link RestResource} service with
 * the property {@code cairn.module=<module>}; the platform serves it under {@code /api/<module>/} with the shared
 * JSON mapping and error bodies, and withdraws it when the service goes away.
 */
@Version("1.1.0")
package org.cairncrm.platform.api.rest;

import org.osgi.annotation.versioning.Version;
