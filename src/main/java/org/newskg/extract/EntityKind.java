package org.newskg.extract;

/** What an entity is. */
public enum EntityKind {
    PERSON, ORGANIZATION
}
