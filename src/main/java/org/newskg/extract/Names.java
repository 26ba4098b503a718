package org.newskg.extract;

/** Small string tests for comparing names. */
final class Names {

    private Names() {
    }

    /**
     * Whether a handle is made from a name: a prefix of the given name followed by a prefix of the
     * family name ("annaber" for Anna Berg, "tomb" for Tom Brandt), or the first initial and the family name ("aberg").
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
