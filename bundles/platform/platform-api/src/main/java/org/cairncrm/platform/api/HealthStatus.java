package org.cairncrm.platform.api;

/** Overall state of a part of the server. */
public enum HealthStatus {
    /** Working. */
    UP,
    /** Working, but some module is not active. */
    DEGRADED,
    /** Not working. */
    DOWN
}
