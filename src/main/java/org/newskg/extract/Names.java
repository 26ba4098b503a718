package org.newskg.extract;

/** Small string tests for comparing names. */
final class Names {

    private Names() {
    }

    /** True if the two strings differ by at most one insertion, deletion or substitution. */
    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return !edited || (i == a.length() && j == b.length());
    }

    /**
     * Whether a handle is made from a name: a prefix of the given name followed by a prefix of the
     * family name ("ilyasut" for Ilya Sutskever, "sama" for Sam Altman), or initials ("gdb").
     */
    static boolean handleFits(String handle, String latinName) {
        String[] parts = latinName.replaceAll("[^a-z ]", "").trim().split("\\s+");
        if (parts.length < 2 || handle.length() < 3) {
            return false;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        for (int k = 2; k <= Math.min(first.length(), handle.length() - 1); k++) {
            String rest = handle.substring(k);
            if (first.startsWith(handle.substring(0, k)) && !rest.isEmpty() && last.startsWith(rest)) {
                return true;
            }
        }
        return handle.equals(first + last) || handle.equals(first.charAt(0) + last);
    }
}
