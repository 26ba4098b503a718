package org.newskg.extract;

/** Facts about roles that extraction and reconciliation rely on. */
public final class Roles {

    private Roles() {
    }

    /**
     * "at the helm of X", "dirige X": the top post of an organization, until the article passes know what the
     * organization is ({@code head-titles.tsv}); never left in a result.
     */
    static final Role TOP_POST = new Role("top-post", "Top Post", false);

    /** Whether a role is {@link #TOP_POST} or its interim form. */
    static boolean isTopPost(Role role) {
        return role != null && (role.key().equals(TOP_POST.key()) || role.key().equals("interim-" + TOP_POST.key()));
    }

    /** Founding is for life: leaving a company does not end being its founder or co-founder. */
    public static boolean isLifelong(Role role) {
        return role != null && isLifelong(role.key());
    }

    /** The same, by role key ("co-founder") or role IRI. */
    public static boolean isLifelong(String roleKeyOrIri) {
        return roleKeyOrIri != null && roleKeyOrIri.endsWith("founder");
    }

    /**
     * Seats held alongside a post rather than instead of it: a board seat, a chair, an advisory or
     * academic title, a founding. A promotion does not end them, nor does taking one end a post.
     */
    public static boolean isConcurrent(Role role) {
        String k = role.key();
        return isLifelong(k) || k.contains("chair") || k.contains("board") || k.contains("advisor") || k.contains("professor");
    }

    /** "Interim CEO", "tillförordnad vd": a title held until someone takes the post for good. */
    public static boolean isInterim(Role role) {
        return role != null && role.key().startsWith("interim-");
    }

    /** The post an interim title stands in for ("interim-chief-executive-officer" → "chief-executive-officer"). */
    public static String interimBaseKey(Role role) {
        return role.key().substring("interim-".length());
    }
}
