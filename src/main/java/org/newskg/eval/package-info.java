/** Scoring extraction against hand-made gold facts: holdings, events, dates and who-held-what questions. */
package org.newskg.eval;
