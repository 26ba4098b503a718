package org.newskg.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.time.TemplateCompiler.Slot;
import org.newskg.time.TimeMention.Relation;

/**
 * The compiled time grammar of one language: point templates ("{DAY} {MONTH} {YEAR}", "last
 * year") found anywhere in a text, the longest non-overlapping ones kept, and relation templates
 * ("since {T}", "{T}以来", "from {T} to {T}") wrapped around them.
 */
final class TimeGrammar {

    /** How far before or after a time expression a since/until/range word may start or end. */
    private static final int WRAPPER_REACH = 40;
    private static final Pattern YEAR_BEFORE_DASH = Pattern.compile("(?:19|20)\\d\\d\\s*-\\s*\\z");
    private static final Pattern YEAR_AFTER_DASH = Pattern.compile("-\\s*(?:19|20)\\d\\d(?!\\d)");

    private final TimeLexicon lexicon;
    private final TextNormalizer normalizer;
    private final List<PointRule> pointRules;
    private final List<RelationRule> relationRules;

    /** One point template, compiled. */
    record PointRule(int index, String template, Pattern pattern, BitSet firstChars, Set<Slot> slots, ValueSpec spec,
                     boolean bareYear) {

        boolean mayStartWith(char c) {
            return firstChars == null || firstChars.get(c);
        }
    }

    /** One relation template, compiled into the parts around its time expressions (null when empty). */
    record RelationRule(Relation relation, String template, Pattern prefix, Pattern mid, Pattern suffix) {
    }

    /**
     * A time expression before relation wrapping. {@code value} is null when the expression is
     * relative and no anchor was given.
     */
    record Point(int begin, int end, SlotValues slots, TimeValue value, TimeValue rangeEnd, boolean relative,
                 boolean anaphoric) {

        Point(int begin, int end, SlotValues slots, TimeValue value, TimeValue rangeEnd, boolean relative) {
            this(begin, end, slots, value, rangeEnd, relative, false);
        }

        int length() {
            return end - begin;
        }

        boolean resolved() {
            return value != null;
        }
    }

    TimeGrammar(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.normalizer = new TextNormalizer(lexicon.transliterator().orElse(null));
        TemplateCompiler compiler = new TemplateCompiler(lexicon);
        List<PointRule> rules = new ArrayList<>();
        for (List<String> row : lexicon.patterns()) {
            String template = row.get(0);
            Set<Slot> slots = EnumSet.noneOf(Slot.class);
            Pattern p = compiler.compile(template, slots);
            rules.add(new PointRule(rules.size(), template, p, compiler.firstChars(template), slots,
                    ValueSpec.parse(row.get(1)),
                    template.equals("{YEAR}")));
        }
        this.pointRules = List.copyOf(rules);
        List<RelationRule> relations = new ArrayList<>();
        for (List<String> row : lexicon.relations()) {
            relations.add(relationRule(compiler, Relation.valueOf(row.get(0)), row.get(1)));
        }
        this.relationRules = List.copyOf(relations);
    }

    private static RelationRule relationRule(TemplateCompiler compiler, Relation relation, String template) {
        String[] parts = template.split("\\{T}", -1);
        int expected = relation == Relation.RANGE ? 3 : 2;
        if (parts.length != expected || relation == Relation.AT) {
            throw new IllegalArgumentException("a " + relation + " template needs " + (expected - 1) + " {T}: " + template);
        }
        Pattern prefix = parts[0].isEmpty() ? null
                : Pattern.compile(TemplateCompiler.START + compiler.body(parts[0], TemplateCompiler.noSlots()) + "\\z",
                TemplateCompiler.FLAGS);
        String last = parts[parts.length - 1];
        Pattern suffix = last.isEmpty() ? null
                : Pattern.compile(compiler.body(last, TemplateCompiler.noSlots()) + TemplateCompiler.END, TemplateCompiler.FLAGS);
        Pattern mid = relation == Relation.RANGE
                ? Pattern.compile(compiler.body(parts[1], TemplateCompiler.noSlots()), TemplateCompiler.FLAGS) : null;
        if (relation != Relation.RANGE && prefix == null && suffix == null) {
            throw new IllegalArgumentException("a " + relation + " template needs words around {T}: " + template);
        }
        return new RelationRule(relation, template, prefix, mid, suffix);
    }

    String normalize(String text) {
        return normalizer.normalize(text);
    }

    /** The longest non-overlapping point expressions of a normalized text, in text order. */
    List<Point> points(String norm, LocalDate anchor) {
        List<Point> candidates = new ArrayList<>();
        List<Integer> ruleOf = new ArrayList<>();
        for (PointRule rule : pointRules) {
            Matcher m = rule.pattern().matcher(norm).useTransparentBounds(true);
            // Every start position is tried, so that overlapping readings all compete; positions
            // whose character cannot begin the template are skipped without entering the regex engine.
            for (int at = 0; at < norm.length(); at++) {
                // A match must start a word (checked again below); testing that before entering the
                // regex engine spares a matcher reset at every position inside a word.
                if (!rule.mayStartWith(norm.charAt(at)) || !TemplateCompiler.startsWord(norm, at)
                        || !m.region(at, norm.length()).lookingAt()) {
                    continue;
                }
                if (m.end() == m.start() || !TemplateCompiler.startsWord(norm, m.start()) || (rule.bareYear() && !plausibleYear(norm, m.start(), m.end()))) {
                    continue;
                }
                candidate(rule, m, anchor).ifPresent(p -> {
                    candidates.add(p);
                    ruleOf.add(rule.index());
                });
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -candidates.get(i).length())
                .thenComparingInt(i -> candidates.get(i).begin())
                .thenComparingInt(ruleOf::get));
        boolean[] taken = new boolean[norm.length()];
        List<Point> chosen = new ArrayList<>();
        for (int i : order) {
            Point p = candidates.get(i);
            if (free(taken, p)) {
                Arrays.fill(taken, p.begin(), p.end(), true);
                chosen.add(p);
            }
        }
        chosen.sort(Comparator.comparingInt(Point::begin));
        return chosen;
    }

    private static boolean free(boolean[] taken, Point p) {
        for (int i = p.begin(); i < p.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private Optional<Point> candidate(PointRule rule, Matcher m, LocalDate anchor) {
        SlotValues slots = slots(rule, m);
        if (slots == null) {
            return Optional.empty();
        }
        boolean relative = rule.spec().isRelative(slots);
        if (relative && anchor == null) {
            // Kept so that it still claims its span; dropped from the output later.
            return Optional.of(new Point(m.start(), m.end(), slots, null, null, true));
        }
        boolean anaphoric = rule.spec().isAnaphoric();
        // An anaphoric point is never a date of its own: marked relative so no anchor is inferred from it.
        return rule.spec().resolve(slots, anchor)
                .map(v -> new Point(m.start(), m.end(), slots, v[0], v[1], relative || anaphoric, anaphoric));
    }

    /** The slot values of a match, or null when a matched word has no value (cannot happen with consistent data). */
    private SlotValues slots(PointRule rule, Matcher m) {
        Integer[] v = new Integer[5];
        for (Slot slot : rule.slots()) {
            if (slot.group == null || m.group(slot.group) == null) {
                continue;
            }
            String g = m.group(slot.group);
            Integer n = switch (slot.group) {
                case "year", "day" -> Integer.parseInt(g);
                case "month" -> lexicon.month(g);
                case "weekday" -> lexicon.weekday(g);
                default -> lexicon.number(g);
            };
            if (n == null) {
                return null;
            }
            v[switch (slot.group) {
                case "year" -> 0;
                case "month" -> 1;
                case "day" -> 2;
                case "weekday" -> 3;
                default -> 4;
            }] = n;
        }
        return new SlotValues(v[0], v[1], v[2], v[3], v[4]);
    }

    /** A bare four-digit number is a year unless it is glued to other numbers, money or a counted noun. */
    private boolean plausibleYear(String s, int begin, int end) {
        if (begin > 0) {
            char prev = s.charAt(begin - 1);
            if ("#$€£¥@_+.,:/".indexOf(prev) >= 0) {
                return false;
            }
            if (prev == '-' && !YEAR_BEFORE_DASH.matcher(s).region(Math.max(0, begin - 12), begin).find()) {
                return false;
            }
        }
        if (end < s.length()) {
            char next = s.charAt(end);
            if (next == '%' || next == '‰') {
                return false;
            }
            boolean digitFollows = end + 1 < s.length() && Character.isDigit(s.charAt(end + 1));
            if (".,:/".indexOf(next) >= 0 && digitFollows) {
                return false;
            }
            if (next == '-' && !YEAR_AFTER_DASH.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt()) {
                return false;
            }
        }
        return !countedNounFollows(s, end);
    }

    private boolean countedNounFollows(String s, int end) {
        int i = end;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        for (String noun : lexicon.countedNouns()) {
            if (s.regionMatches(true, i, noun, 0, noun.length())) {
                int after = i + noun.length();
                boolean wordGoesOn = after < s.length() && TemplateCompiler.isSpacedWordChar(s.charAt(after))
                        && TemplateCompiler.isSpacedWordChar(noun.charAt(noun.length() - 1));
                if (!wordGoesOn) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Wraps relation templates around the points and turns them into mentions of the original text. */
    List<TimeMention> mentions(String original, String norm, List<Point> points) {
        List<TimeMention> out = new ArrayList<>();
        int prevEnd = 0;
        int i = 0;
        while (i < points.size()) {
            Point p = points.get(i);
            Point q = i + 1 < points.size() ? points.get(i + 1) : null;
            int limit = i + 2 < points.size() ? points.get(i + 2).begin() : norm.length();
            int[] range = q == null || !rangeable(p, q) ? null : bestWrap(Relation.RANGE, norm, p, q, prevEnd, limit);
            if (range != null) {
                if (p.resolved() && q.resolved()) {
                    TimeValue end = q.rangeEnd() != null ? q.rangeEnd() : q.value();
                    out.add(mention(original, range[0], range[1], p.value(), end, Relation.RANGE,
                            p.relative() || q.relative() ? Derivation.RELATIVE : Derivation.ABSOLUTE));
                }
                prevEnd = range[1];
                i += 2;
                continue;
            }
            int next = q == null ? norm.length() : q.begin();
            int[] since = bestWrap(Relation.SINCE, norm, p, p, prevEnd, next);
            int[] until = bestWrap(Relation.UNTIL, norm, p, p, prevEnd, next);
            Relation relation = p.rangeEnd() != null ? Relation.RANGE : Relation.AT;
            int[] span = {p.begin(), p.end()};
            if (since != null && (until == null || since[1] - since[0] >= until[1] - until[0])) {
                relation = Relation.SINCE;
                span = since;
            } else if (until != null) {
                relation = Relation.UNTIL;
                span = until;
            }
            if (p.resolved()) {
                TimeValue value = relation == Relation.UNTIL && p.rangeEnd() != null ? p.rangeEnd() : p.value();
                out.add(mention(original, span[0], span[1], value,
                        relation == Relation.RANGE ? p.rangeEnd() : null, relation,
                        p.anaphoric() ? Derivation.ANAPHORIC : p.relative() ? Derivation.RELATIVE : Derivation.ABSOLUTE));
            }
            prevEnd = span[1];
            i++;
        }
        return out;
    }

    private static boolean rangeable(Point p, Point q) {
        if (p.anaphoric() || q.anaphoric()) {
            return false; // "from then on" is a since-phrase; a range needs two dates of its own
        }
        if (!p.resolved() || !q.resolved()) {
            return true;
        }
        TimeValue end = q.rangeEnd() != null ? q.rangeEnd() : q.value();
        return !p.value().earliest().isAfter(end.latest());
    }

    private static TimeMention mention(String original, int begin, int end, TimeValue value, TimeValue rangeEnd,
                                       Relation relation, Derivation derivation) {
        return new TimeMention(begin, end, original.substring(begin, end), value, rangeEnd, relation, derivation);
    }

    /** The widest span a relation template of the given kind makes around p (and q for a range), or null. */
    private int[] bestWrap(Relation relation, String norm, Point p, Point q, int lowerBound, int upperBound) {
        int[] best = null;
        for (RelationRule rule : relationRules) {
            if (rule.relation() != relation) {
                continue;
            }
            if (rule.mid() != null && !rule.mid().matcher(norm).region(p.end(), q.begin()).matches()) {
                continue;
            }
            int begin = p.begin();
            if (rule.prefix() != null) {
                Matcher m = rule.prefix().matcher(norm)
                        .region(Math.max(lowerBound, p.begin() - WRAPPER_REACH), p.begin())
                        .useTransparentBounds(true).useAnchoringBounds(true);
                if (!m.find()) {
                    continue;
                }
                begin = m.start();
            }
            int end = q.end();
            if (rule.suffix() != null) {
                Matcher m = rule.suffix().matcher(norm)
                        .region(q.end(), Math.min(upperBound, q.end() + WRAPPER_REACH))
                        .useTransparentBounds(true);
                if (!m.lookingAt()) {
                    continue;
                }
                end = m.end();
            }
            if (best == null || end - begin > best[1] - best[0]) {
                best = new int[] {begin, end};
            }
        }
        return best;
    }
}
