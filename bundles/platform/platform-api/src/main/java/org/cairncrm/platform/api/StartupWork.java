package org.cairncrm.platform.api;

/**
 * Work a module does once it has started and before it is fully usable: demo data, a first search index. While any
 * is running, the module is {@link ModuleState#STARTING} in {@code /api/health} (detail: what is running), so that
 * whoever waits for the server to be UP finds it ready for use. A platform service.
 */
public interface StartupWork {

    /**
     * Starts counting work of {@code module}; {@link Running#close()} ends it, done or failed. Call it where the work
     * is decided (a component's constructor), not where a later thread begins it.
     */
    Running begin(String module, String what);

    /** Work under way; closing it more than once is harmless. */
    interface Running extends AutoCloseable {
        @Override
        void close();
    }
}
