/**
 * Contracts shared by the Cairn platform and every module: record references, audit stamps, event topics,
 * the caller of the current request, installed modules and the platform's health.
 */
@Version("1.2.0")
package org.cairncrm.platform.api;

import org.osgi.annotation.versioning.Version;
