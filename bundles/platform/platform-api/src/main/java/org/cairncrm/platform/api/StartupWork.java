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

    /**
     * Runs {@code work} on a daemon thread of its own ({@code cairn-<module>-startup}), counted as start-up work of
     * {@code module} until it ends, done or failed. Answers the thread, to interrupt it when the component goes.
     */
    default Thread inBackground(String module, String what, Runnable work) {
        Running running = begin(module, what);
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } finally {
                running.close();
            }
        }, "cairn-" + module + "-startup");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Work under way; closing it more than once is harmless. */
    interface Running extends AutoCloseable {
        @Override
        void close();
    }
}
