/** Reading articles from disk: text and Markdown files with YAML front matter, encodings, limits. */
package org.newskg.read;
