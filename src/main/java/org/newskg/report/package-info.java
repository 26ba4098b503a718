/**
 * Pictures of the graph for people to look at: the timeline page ({@link org.newskg.report.TimelinePage}),
 * a self-contained HTML file with an SVG chart, built as plain strings with every value escaped.
 */
package org.newskg.report;
