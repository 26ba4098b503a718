/** Deriving the merged view from the per-article graphs: merged entities, holdings and events. */
package org.newskg.reconcile;
