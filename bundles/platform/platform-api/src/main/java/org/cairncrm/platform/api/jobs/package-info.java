/**
 * Long work (imports, mail merges, reports, backups) that runs in the background as the user who started it, with
 * progress the console shows and REST clients follow at {@code /api/jobs/{id}}.
 */
@Version("1.0.0")
package org.cairncrm.platform.api.jobs;

import org.osgi.annotation.versioning.Version;
