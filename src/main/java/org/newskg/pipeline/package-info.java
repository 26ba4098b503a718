/** Composing the stages: one article through read, analyse, extract and map; ingesting many into the store. */
package org.newskg.pipeline;
