/** Language identification, sentence splitting, script normalization and the per-language data files. */
package org.newskg.lang;
