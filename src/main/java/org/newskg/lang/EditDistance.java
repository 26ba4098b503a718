package org.newskg.lang;

/** Tells whether two spellings of a name differ by at most one letter ("Lindqvist", "Lindkvist"). */
public final class EditDistance {

    private EditDistance() {
    }

    /** True if the two strings differ by at most one insertion, deletion or substitution. */
    public static boolean atMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
