package org.newskg.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a file's bytes into text: UTF-8 (with or without a byte order mark), UTF-16 with a byte
 * order mark, UTF-16 without one when its zero bytes say which half of each pair they are in (as
 * in any text with Latin letters, digits or spaces), or a legacy encoding that ICU's {@link CharsetDetector} recognizes with confidence
 * (Latin-1, Windows-1252, Shift_JIS, EUC-JP, GB18030, Big5, …). Anything else is refused with a
 * message saying why: binary data, UTF-8 with damaged bytes, or an encoding that cannot be told.
 *
 * <pre>
 *   String text = TextDecoder.decode("a.txt", Files.readAllBytes(path));
 * </pre>
 */
public final class TextDecoder {

    /** Below this ICU confidence (0–100) a guess is too likely to produce mojibake. */
    static final int MIN_DETECTION_CONFIDENCE = 50;
    private static final int SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    /**
     * @param where the file, for messages
     * @throws ReadException naming {@code where} and the problem
     */
    public static String decode(String where, byte[] bytes) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(where, "empty file");
        }
        Charset bom = utf16Bom(bytes);
        if (bom != null) {
            return strict(where, bytes, 2, bom);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            try {
                String text = decoder(utf16).decode(ByteBuffer.wrap(bytes)).toString();
                if (!mostlyControls(text)) {
                    return text;
                }
            } catch (CharacterCodingException e) {
                // Not UTF-16 after all (an unpaired surrogate): binary, as below.
            }
        }
        if (looksBinary(bytes)) {
            throw new ReadException(where, "binary file, not text");
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            Utf8Scan scan = Utf8Scan.of(bytes);
            // Mostly well-formed UTF-8 with a few bad bytes is a damaged UTF-8 file, not a legacy
            // encoding: decoding it as Windows-1252 would turn every accent into mojibake.
            if (scan.valid() >= 4 && scan.valid() > 10L * scan.invalid()) {
                throw new ReadException(where, "invalid UTF-8: " + scan.invalid() + " malformed byte sequence"
                        + (scan.invalid() == 1 ? "" : "s") + ", the first at byte " + scan.firstInvalid());
            }
            CharsetMatch match = new CharsetDetector().setText(bytes).detect();
            if (match == null || match.getConfidence() < MIN_DETECTION_CONFIDENCE || !usable(match.getName())) {
                throw new ReadException(where, "not valid UTF-8, and its encoding could not be detected with "
                        + "confidence" + (match == null ? "" : " (best guess " + match.getName() + ", "
                        + match.getConfidence() + "%)") + "; convert it to UTF-8");
            }
            return strict(where, bytes, 0, Charset.forName(match.getName()));
        }
    }

    private static String strict(String where, byte[] bytes, int offset, Charset cs) throws ReadException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ReadException(where, "looks like " + cs.name() + " but is not valid " + cs.name()
                    + "; convert it to UTF-8");
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A detected name Java can decode; UTF-8 and UTF-16/32 without a BOM were already ruled out. */
    private static boolean usable(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return !n.startsWith("UTF-") && Charset.isSupported(name);
    }

    private static Charset utf16Bom(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                && !(b.length >= 4 && b[2] == 0 && b[3] == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * UTF-16 without a byte order mark: an even length, and zero bytes (the high half of Latin
     * letters, digits, spaces, line breaks) in many odd positions and hardly any even ones
     * (little-endian), or the other way round (big-endian). Binary data has zeros in both.
     */
    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int n = Math.min(b.length, SNIFF_BYTES) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            even += b[i] == 0 ? 1 : 0;
            odd += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (odd * 4 >= pairs && even * 50 <= odd) {
            return StandardCharsets.UTF_16LE;
        }
        if (even * 4 >= pairs && odd * 50 <= even) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decoded text that is mostly control characters was no text. */
    private static boolean mostlyControls(String text) {
        int n = Math.min(text.length(), SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0) {
                controls++;
            }
        }
        return controls > 8 && controls * 100 > n;
    }

    /**
     * NUL bytes occur in no encoding read here except UTF-16, handled above; nor do
     * many C0 control characters other than tab, line and page breaks.
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        return controls > 8 && controls * 100 > n;
    }

    /** Counts of well-formed multi-byte UTF-8 sequences and of malformed ones. */
    record Utf8Scan(long valid, long invalid, long firstInvalid) {

        static Utf8Scan of(byte[] b) {
            long valid = 0;
            long invalid = 0;
            long first = -1;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                        : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                if (len == 1) {
                    i++;
                    continue;
                }
                boolean ok = len > 0 && i + len <= b.length;
                for (int k = 1; ok && k < len; k++) {
                    ok = (b[i + k] & 0xC0) == 0x80;
                }
                if (ok) {
                    valid++;
                    i += len;
                } else {
                    invalid++;
                    first = first < 0 ? i : first;
                    i++;
                }
            }
            return new Utf8Scan(valid, invalid, first);
        }
    }
}
