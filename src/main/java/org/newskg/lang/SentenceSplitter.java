package org.newskg.lang;

import org.newskg.read.Language;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences: paragraphs first (line breaks), then OpenNLP's sentence models
 * where Maven Central has one for the language (en, fr, de) and ICU's rules elsewhere.
 */
public final class SentenceSplitter {

    private static final Map<Language, String> MODELS = Map.of(
            Language.EN, "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            Language.FR, "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin",
            Language.DE, "opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin");

    private final Map<Language, SentenceModel> models = new EnumMap<>(Language.class);

    public SentenceSplitter() {
        MODELS.forEach((lang, file) -> models.put(lang, load(file)));
    }

    private static SentenceModel load(String file) {
        try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + file, e);
        }
    }

    public List<Sentence> split(String text, Language lang) {
        List<Sentence> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            splitParagraph(text, pos, end, lang, out);
            pos = end + 1;
        }
        // Only German writes day numbers as ordinals with a period ("am 1. April"); elsewhere "April 1." ends a sentence.
        return lang == Language.DE ? rejoinOrdinals(text, out) : out;
    }

    /**
     * "tritt ihr Amt am 1. April an": a day written as an ordinal ends in a period that is no
     * sentence end. Rejoins a sentence ending in a one- or two-digit number and a period with the
     * one after it on the same line.
     */
    private static List<Sentence> rejoinOrdinals(String text, List<Sentence> in) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : in) {
            if (!out.isEmpty()) {
                Sentence prev = out.get(out.size() - 1);
                String gap = text.substring(prev.end(), s.begin());
                if (!gap.contains("\n") && ORDINAL_END.matcher(prev.text()).find()) {
                    out.set(out.size() - 1, new Sentence(prev.begin(), s.end(), text.substring(prev.begin(), s.end())));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static final java.util.regex.Pattern ORDINAL_END = java.util.regex.Pattern.compile("(?<![\\d.])\\d{1,2}\\.$");

    private void splitParagraph(String text, int begin, int end, Language lang, List<Sentence> out) {
        String para = text.substring(begin, end);
        if (para.isBlank()) {
            return;
        }
        SentenceModel model = models.get(lang);
        if (model != null) {
            // OpenNLP scans from each period to the next space: quadratic inside one long token
            // ("......", a pasted blob). Such a token is no sentence material; it goes alone.
            int from = begin;
            for (int[] run : longTokens(text, begin, end)) {
                detect(model, text, from, run[0], out);
                add(text, run[0], run[1], out);
                from = run[1];
            }
            detect(model, text, from, end, out);
            return;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(lang.code()));
        it.setText(para);
        int start = it.first();
        for (int stop = it.next(); stop != BreakIterator.DONE; start = stop, stop = it.next()) {
            add(text, begin + start, begin + stop, out);
        }
    }

    /** Longer than any word or address in a news article. */
    private static final int LONG_TOKEN = 400;

    private static void detect(SentenceModel model, String text, int begin, int end, List<Sentence> out) {
        if (begin < end) {
            for (Span s : new SentenceDetectorME(model).sentPosDetect(text.substring(begin, end))) {
                add(text, begin + s.getStart(), begin + s.getEnd(), out);
            }
        }
    }

    /** The [begin, end) spans of runs without white space longer than {@link #LONG_TOKEN}. */
    private static List<int[]> longTokens(String text, int begin, int end) {
        List<int[]> runs = new ArrayList<>();
        int start = begin;
        for (int i = begin; i <= end; i++) {
            if (i == end || Character.isWhitespace(text.charAt(i))) {
                if (i - start > LONG_TOKEN) {
                    runs.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return runs;
    }

    /**
     * Four times the longest sentence of the sample and test articles. Longer spans are lists,
     * tables or pasted blobs, not sentences; cut into pieces, they keep the per-sentence work of
     * extraction (which compares mentions pairwise) bounded.
     */
    static final int MAX_SENTENCE = 2000;

    /** Adds the span trimmed of surrounding white space, if anything is left; a long one in pieces. */
    private static void add(String text, int b, int e, List<Sentence> out) {
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (e - b > MAX_SENTENCE) {
            int cut = cutPoint(text, b, b + MAX_SENTENCE);
            add(text, b, cut, out);
            b = cut;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
        }
        if (e > b) {
            out.add(new Sentence(b, e, text.substring(b, e)));
        }
    }

    /** The last white space or clause mark in the second half of [b, limit), else the limit itself. */
    private static int cutPoint(String text, int b, int limit) {
        for (int i = limit - 1; i > b + MAX_SENTENCE / 2; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || ",;，、；".indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
