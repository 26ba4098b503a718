package org.newskg.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the little template language of {@code time-patterns.tsv} and {@code time-relations.tsv}
 * into regular expressions. A template is literal text with: {@code {SLOT}} for a slot (see
 * {@link Slot}), {@code [a|b]} for an optional choice, a space for one or more spaces and
 * {@code _} for optional spaces. Word lists become tries, so matching stays linear.
 */
final class TemplateCompiler {

    /** A letter or digit of a script written with spaces; CJK characters need no word boundary. */
    static final String WORD_CHAR = "[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]";
    /** A match may not start or end inside a word of a spaced script. */
    static final String START = "(?:(?<!" + WORD_CHAR + ")|(?!" + WORD_CHAR + "))";
    static final String END = "(?:(?!" + WORD_CHAR + ")|(?<!" + WORD_CHAR + "))";
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Template slots; those with a group name capture a value. */
    enum Slot {
        YEAR("year"), MONTH("month"), MONTHFULL("month"), MM("month"), DAY("day"),
        WEEKDAY("weekday"), WD("weekday"), NUM("num"), ORD("num"), DAYPART(null), HHMM(null);

        final String group;

        Slot(String group) {
            this.group = group;
        }
    }

    private final TimeLexicon lexicon;

    TemplateCompiler(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A whole expression, bounded at its end so that it never ends inside a word. The start is
     * checked by {@link #startsWord} after a match instead: a lookbehind at the head of every
     * pattern would be evaluated at every position of the text and dominate the running time.
     */
    Pattern compile(String template, Set<Slot> slotsOut) {
        return Pattern.compile(body(template, slotsOut) + END, FLAGS);
    }

    /** True unless a match at {@code begin} would start in the middle of a word of a spaced script. */
    static boolean startsWord(CharSequence s, int begin) {
        return begin == 0 || begin >= s.length() || !isSpacedWordChar(s.charAt(begin - 1)) || !isSpacedWordChar(s.charAt(begin));
    }

    /** A letter or digit of a script written with spaces between words. */
    static boolean isSpacedWordChar(char c) {
        return SPACED_WORD_CHARS.get(c);
    }

    /** {@link #isSpacedWordChar} for every UTF-16 unit, computed once: the script lookup is a binary search, and matching asks at every position. */
    private static final java.util.BitSet SPACED_WORD_CHARS = spacedWordChars();

    private static java.util.BitSet spacedWordChars() {
        java.util.BitSet b = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit(c)) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (sc != Character.UnicodeScript.HAN && sc != Character.UnicodeScript.HIRAGANA
                        && sc != Character.UnicodeScript.KATAKANA) {
                    b.set(c);
                }
            }
        }
        return b;
    }

    /** The regular expression of a template without boundaries. */
    String body(String template, Set<Slot> slotsOut) {
        StringBuilder re = new StringBuilder();
        Set<String> groups = new HashSet<>();
        int depth = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            switch (c) {
                case '{' -> {
                    int close = template.indexOf('}', i);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed slot in template: " + template);
                    }
                    Slot slot = Slot.valueOf(template.substring(i + 1, close));
                    if (slot.group != null && !groups.add(slot.group)) {
                        throw new IllegalArgumentException("slot used twice in template: " + template);
                    }
                    slotsOut.add(slot);
                    String slotRe = slotRegex(slot);
                    re.append(slot.group == null ? "(?:" : "(?<" + slot.group + ">").append(slotRe).append(')');
                    i = close;
                }
                case '[' -> {
                    re.append("(?:");
                    depth++;
                }
                case ']' -> {
                    re.append(")?");
                    depth--;
                }
                case '|' -> {
                    if (depth == 0) {
                        throw new IllegalArgumentException("'|' outside brackets in template: " + template);
                    }
                    re.append('|');
                }
                case ' ' -> re.append("\\s+");
                case '_' -> re.append("\\s*");
                default -> re.append(literal(c));
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced brackets in template: " + template);
        }
        return re.toString();
    }

    /**
     * The characters a match of the template can start with, or null when it could start with
     * anything (or match empty). Lets the scanner skip positions without entering the regex engine.
     */
    BitSet firstChars(String template) {
        BitSet first = new BitSet();
        int[] pos = {0};
        boolean nullable = sequenceFirst(template, pos, first);
        return nullable ? null : first;
    }

    /** Adds the first characters of the sequence at pos[0] (up to ']', '|' or the end); returns true if it can match empty. */
    private boolean sequenceFirst(String t, int[] pos, BitSet first) {
        boolean stillNullable = true;
        while (pos[0] < t.length()) {
            char c = t.charAt(pos[0]);
            if (c == ']' || c == '|') {
                return stillNullable;
            }
            BitSet elem = new BitSet();
            boolean elemNullable;
            if (c == '[') {
                pos[0]++;
                elemNullable = true;
                while (true) {
                    sequenceFirst(t, pos, elem);
                    char d = t.charAt(pos[0]++);
                    if (d == ']') {
                        break;
                    }
                }
            } else if (c == '{') {
                int close = t.indexOf('}', pos[0]);
                Slot slot = Slot.valueOf(t.substring(pos[0] + 1, close));
                pos[0] = close + 1;
                elemNullable = slotFirst(slot, elem);
            } else {
                pos[0]++;
                if (c == ' ' || c == '_') {
                    " \t\n\r\f\u000B".chars().forEach(elem::set);
                    elemNullable = c == '_';
                } else {
                    addCases(c, elem);
                    elemNullable = false;
                }
            }
            if (stillNullable) {
                first.or(elem);
                stillNullable = elemNullable;
            }
        }
        return stillNullable;
    }

    private boolean slotFirst(Slot slot, BitSet out) {
        List<String> words = switch (slot) {
            case MONTH -> lexicon.monthForms();
            case MONTHFULL -> lexicon.fullMonths();
            case WEEKDAY -> lexicon.fullWeekdays();
            case WD -> lexicon.weekdayForms();
            case NUM -> List.copyOf(lexicon.cardinals().keySet());
            case ORD -> List.copyOf(lexicon.ordinals().keySet());
            case DAYPART -> lexicon.dayparts();
            default -> List.of();
        };
        if (slot == Slot.YEAR || slot == Slot.MM || slot == Slot.DAY || slot == Slot.NUM || slot == Slot.HHMM) {
            out.set('0', '9' + 1);
        }
        for (String w : words) {
            if (w.isEmpty()) {
                return true;
            }
            addCases(w.charAt(0), out);
        }
        return false;
    }

    private static void addCases(char c, BitSet out) {
        out.set(c);
        out.set(Character.toLowerCase(c));
        out.set(Character.toUpperCase(c));
        out.set(Character.toTitleCase(c));
    }

    private String slotRegex(Slot slot) {
        return switch (slot) {
            case YEAR -> "19\\d\\d|20\\d\\d|2100";
            case MM -> "1[0-2]|0?[1-9]";
            case DAY -> "3[01]|[12]\\d|0?[1-9]";
            case HHMM -> "(?:[01]?\\d|2[0-3])[:.h][0-5]\\d";
            case MONTH -> trie(lexicon.monthForms());
            case MONTHFULL -> trie(lexicon.fullMonths());
            case WEEKDAY -> trie(lexicon.fullWeekdays());
            case WD -> trie(lexicon.weekdayForms());
            case NUM -> lexicon.cardinals().isEmpty() ? "\\d{1,3}" : "\\d{1,3}|" + trie(lexicon.cardinals().keySet());
            case ORD -> trie(lexicon.ordinals().keySet());
            case DAYPART -> trie(lexicon.dayparts());
        };
    }

    /**
     * A regular expression matching exactly the given words, longest first: words written with a
     * capital letter must match so written (English "May" is a month, "may" is not); the others
     * match in any case, through a trie so that matching does not try every word in turn.
     */
    static String trie(Collection<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        List<String> cased = words.stream().filter(w -> !w.equals(w.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> alternatives = new ArrayList<>();
        for (String w : cased) {
            alternatives.add("(?-i:" + quote(w) + ")");
        }
        List<String> plain = words.stream().filter(w -> w.equals(w.toLowerCase(Locale.ROOT))).toList();
        if (!plain.isEmpty()) {
            alternatives.add(caseless(plain));
        }
        return "(?:" + String.join("|", alternatives) + ")";
    }

    private static String quote(String w) {
        StringBuilder sb = new StringBuilder();
        for (char c : w.toCharArray()) {
            sb.append(c == ' ' ? "\\s+" : literal(c));
        }
        return sb.toString();
    }

    private static String caseless(Collection<String> words) {
        Node root = new Node();
        for (String w : words) {
            Node n = root;
            for (char c : w.toCharArray()) {
                n = n.children.computeIfAbsent(c, k -> new Node());
            }
            n.terminal = true;
        }
        return "(?:" + root.regex() + ")";
    }

    private static final class Node {
        final TreeMap<Character, Node> children = new TreeMap<>();
        boolean terminal;

        String regex() {
            List<String> alts = children.entrySet().stream()
                    .map(e -> (e.getKey() == ' ' ? "\\s+" : literal(e.getKey())) + e.getValue().regex())
                    .toList();
            if (alts.isEmpty()) {
                return "";
            }
            String body = alts.size() == 1 ? alts.get(0) : "(?:" + String.join("|", alts) + ")";
            // Greedy optional: the longer word is tried first, the shorter one on backtracking.
            return terminal ? "(?:" + body + ")?" : body;
        }
    }

    static String literal(char c) {
        return "\\.[]{}()*+-?^$|/&~#".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    static Set<Slot> noSlots() {
        return EnumSet.noneOf(Slot.class);
    }
}
