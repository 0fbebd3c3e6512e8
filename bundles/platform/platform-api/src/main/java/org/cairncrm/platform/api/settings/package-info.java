/**
 * Settings in layers: a default declared by a module, a global value set by an administrator, a personal value set
 * by each employee. {@link org.cairncrm.platform.api.settings.Settings} answers the value in force.
 */
@Version("1.0.0")
package org.cairncrm.platform.api.settings;

import org.osgi.annotation.versioning.Version;
