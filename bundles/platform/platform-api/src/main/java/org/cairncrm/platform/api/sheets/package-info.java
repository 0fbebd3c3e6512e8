/** Reading and writing Excel workbooks (XLSX), for every module's imports and exports. */
@Version("1.0.0")
package org.cairncrm.platform.api.sheets;

import org.osgi.annotation.versioning.Version;
