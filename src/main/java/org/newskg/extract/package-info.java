/** Extraction: mentions of people, organizations, roles, triggers and times, and the holdings and events they form. */
package org.newskg.extract;
