package org.cairncrm.platform.api;

/** Checks the platform, its database and its modules; an OSGi service. */
public interface PlatformHealth {

    HealthReport check();
}
