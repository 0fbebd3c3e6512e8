/**
 * Paging, sorting and filtering of record lists, shared by REST and console lists.
 */
@Version("1.3.0")
package org.cairncrm.platform.api.paging;

import org.osgi.annotation.versioning.Version;
