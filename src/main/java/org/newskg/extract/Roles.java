package org.newskg.extract;

/** Facts about roles that extraction relies on. */
final class Roles {

    private Roles() {
    }

    /** Founding is for life: leaving a company does not end being its founder or co-founder. */
    static boolean isLifelong(Role role) {
        return role != null && role.key().endsWith("founder");
    }
}
