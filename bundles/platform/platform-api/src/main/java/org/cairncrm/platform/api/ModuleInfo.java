package org.cairncrm.platform.api;

/**
 * One installed Cairn module as the platform sees it.
 *
 * @param name     the module's short name ({@code Cairn-Module} header)
 * @param title    its title for people
 * @param bundle   the symbolic name of the bundle that declares it
 * @param version  the bundle version
 * @param state    its state
 * @param detail   what an administrator should know when it is not ACTIVE, else empty
 */
public record ModuleInfo(String name, String title, String bundle, String version, ModuleState state,
                         String detail) {

    /** The same module in another state. */
    public ModuleInfo with(ModuleState newState, String newDetail) {
        return new ModuleInfo(name, title, bundle, version, newState, newDetail);
    }
}
