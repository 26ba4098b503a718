/**
 * Reading articles from disk: text and Markdown files with YAML front matter, saved web pages
 * (jsoup), JSON Lines corpora; encodings, limits, one clear problem per bad file or line.
 */
package org.newskg.read;
