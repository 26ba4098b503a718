/** Training: the candidate scorer learned from gold-annotated articles ({@code newskg train}). */
package org.newskg.train;
