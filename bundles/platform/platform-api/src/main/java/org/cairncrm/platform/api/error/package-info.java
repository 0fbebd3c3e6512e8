/**
 * Exceptions with which modules tell a caller what went wrong; the platform turns them into one error body for REST
 * ({@code {status, error, message, fieldErrors}}) and into field messages in the console.
 */
@Version("1.1.0")
package org.cairncrm.platform.api.error;

import org.osgi.annotation.versioning.Version;
