package org.newskg.lang;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Turns names into IRI-safe keys: "Anna Berg" → "anna-berg", "Société Générale" →
 * "societe-generale", "布兰特" → "bu-lan-te" (pinyin), "サントス" → "santosu".
 */
public final class Slugs {

    private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** Slugs already made: names recur across articles, and transliteration is slow and takes a lock. */
    private final java.util.Map<String, String> slugs = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 100_000;

    public String slug(String name) {
        String cached = slugs.get(name);
        if (cached != null) {
            return cached;
        }
        String slug = makeSlug(name);
        if (slugs.size() >= MAX_CACHED) {
            slugs.clear(); // bounded memory; a slug is the same whenever it is made
        }
        slugs.put(name, slug);
        return slug;
    }

    private String makeSlug(String name) {
        String ascii;
        synchronized (toAscii) {
            ascii = toAscii.transliterate(name);
        }
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == '-') {
            out.setLength(len - 1);
        }
        if (out.length() > 80) {
            out.setLength(80);
        }
        return out.length() == 0 ? "x" + Integer.toHexString(name.hashCode()) : out.toString();
    }

    /** Latin transliteration with the original spacing, for comparing names across scripts. */
    public String latin(String name) {
        synchronized (toAscii) {
            return toAscii.transliterate(name);
        }
    }
}
