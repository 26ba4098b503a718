/**
 * Time expressions: finding them in text and normalizing them to {@link org.newskg.time.TimeValue}s
 * against an article's publication date. The grammar is generic; month and weekday names, number
 * words, relative-time phrases and their templates are data under {@code lang/<code>/}.
 */
package org.newskg.time;
