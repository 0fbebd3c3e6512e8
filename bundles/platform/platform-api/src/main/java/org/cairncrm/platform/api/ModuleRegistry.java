package org.cairncrm.platform.api;

import java.util.List;
import java.util.Optional;

/** The Cairn modules installed in this server, as an OSGi service. */
public interface ModuleRegistry {

    /** All installed modules, sorted by name. */
    List<ModuleInfo> modules();

    Optional<ModuleInfo> module(String name);
}
