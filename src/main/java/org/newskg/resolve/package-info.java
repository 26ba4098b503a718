/** Entity resolution across articles and scripts: which stored entities are one real person or organization. */
package org.newskg.resolve;
