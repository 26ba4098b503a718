package org.newskg.lang;

import org.newskg.read.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies an article's language with OpenNLP's language detector, then tells the Chinese
 * scripts apart (the model says {@code cmn} for both) and Japanese from Chinese by its kana.
 */
public final class LanguageIdentifier {

    private static final String MODEL = "langdetect-183.bin";
    private static final double MIN_CONFIDENCE = 0.2;

    private final LanguageDetectorModel model;

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is missing from the classpath");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + MODEL, e);
        }
    }

    /** The supported language of the text, or empty when it is none of them or too unclear. */
    public Optional<Language> identify(String text, HanScript han) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        int kana = 0;
        int hanChars = 0;
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (script == Character.UnicodeScript.HAN) {
                hanChars++;
            }
        }
        if (letters == 0) {
            return Optional.empty();
        }
        // Script decides for CJK more reliably than character n-grams on short texts.
        if (kana > 10 && kana * 10 > hanChars) {
            return Optional.of(Language.JA);
        }
        if (hanChars * 3 > letters) {
            return Optional.of(chinese(sample, han));
        }
        opennlp.tools.langdetect.Language best = new LanguageDetectorME(model).predictLanguage(sample);
        if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        if (best.getLang().equals("cmn")) {
            return Optional.of(chinese(sample, han));
        }
        return Language.fromTag(best.getLang());
    }

    private static Language chinese(String text, HanScript han) {
        return han.traditionalCount(text) >= 3 ? Language.ZH_HANT : Language.ZH_HANS;
    }
}
