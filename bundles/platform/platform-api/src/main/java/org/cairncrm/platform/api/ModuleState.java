package org.cairncrm.platform.api;

/** Life-cycle state of a module's bundle, in words an administrator understands. */
public enum ModuleState {
    INSTALLED, RESOLVED, STARTING, ACTIVE, STOPPING, FAILED
}
