/** Finding time expressions and normalizing them against the publication date. */
package org.newskg.time;
