package org.newskg.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The languages newskg reads. Each has a data folder {@code lang/<code>/} on the classpath. */
public enum Language {
    EN("en", "eng"),
    DE("de", "deu"),
    FR("fr", "fra"),
    ES("es", "spa"),
    IT("it", "ita"),
    NL("nl", "nld"),
    SV("sv", "swe"),
    ZH_HANS("zh-Hans", "cmn"),
    ZH_HANT("zh-Hant", "cmn"),
    JA("ja", "jpn");

    private final String code;
    private final String iso6393;

    Language(String code, String iso6393) {
        this.code = code;
        this.iso6393 = iso6393;
    }

    /** BCP 47 tag used in data folders and RDF language tags. */
    public String code() {
        return code;
    }

    /** ISO 639-3 code as the OpenNLP language detector reports it. */
    public String iso6393() {
        return iso6393;
    }

    public boolean isChinese() {
        return this == ZH_HANS || this == ZH_HANT;
    }

    /** Chinese and Japanese: no spaces between words. */
    public boolean isCjk() {
        return isChinese() || this == JA;
    }

    /**
     * Finds a language by tag, leniently: "zh-TW", "zh-hant", "zh_Hant" and "zh-HK" are Traditional
     * Chinese; "zh", "zh-CN" and "zh-SG" Simplified; "en-GB" English.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            boolean traditional = t.contains("hant") || t.endsWith("-tw") || t.endsWith("-hk") || t.endsWith("-mo");
            return Optional.of(traditional ? ZH_HANT : ZH_HANS);
        }
        String primary = t.split("-")[0];
        for (Language l : values()) {
            if (l.code.equals(primary) || l.iso6393.equals(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The supported tags, for error messages. */
    public static String supportedTags() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }
}
