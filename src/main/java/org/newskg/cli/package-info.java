/** The newskg command line (picocli): the only package that prints, exits or sets log levels. */
package org.newskg.cli;
