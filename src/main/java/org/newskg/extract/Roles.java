package org.newskg.extract;

/** Facts about roles that extraction and reconciliation rely on. */
public final class Roles {

    private Roles() {
    }

    /** Founding is for life: leaving a company does not end being its founder or co-founder. */
    public static boolean isLifelong(Role role) {
        return role != null && isLifelong(role.key());
    }

    /** The same, by role key ("co-founder") or role IRI. */
    public static boolean isLifelong(String roleKeyOrIri) {
        return roleKeyOrIri != null && roleKeyOrIri.endsWith("founder");
    }
}
