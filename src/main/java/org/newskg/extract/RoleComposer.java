package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newskg.read.Language;
import org.newskg.lang.Slugs;

/**
 * Reads titles that are not in the vocabulary but are built from known parts: modifiers, heads and
 * domains of {@code lang/<code>/role-parts.tsv}, or a modifier before a vocabulary title. "Senior
 * vice president of research", "head of engineering", "研究副总裁", "临时 CEO", "Forschungschef"
 * become a role with an English label composed from the parts' English words; where that label is
 * in the vocabulary ("Interim Chief Executive Officer") the vocabulary's role is used.
 */
final class RoleComposer {

    /** A part or a vocabulary title found in the text. */
    private record Piece(int begin, int end, RolePart part, Role role) {
    }

    private final Lexicon lex;
    private final RoleVocabulary vocabulary;
    private final PhraseMatcher<RolePart> parts;
    private final List<RolePart> compoundHeads;
    private final List<RolePart> compoundDomains;
    /** The folded surfaces of {@link #compoundDomains}, and of the heads (first head per surface), folded once here rather than per word. */
    private final List<String> compoundDomainFolds = new ArrayList<>();
    private final java.util.Map<String, RolePart> compoundHeadByFold = new java.util.HashMap<>();
    private final Slugs slugs = new Slugs();

    /** "co-led the {TEAM} team": a compiled pattern and whether it names a co-lead. */
    private record TeamLead(java.util.regex.Pattern pattern, boolean co) {
    }

    private final List<TeamLead> teamLeads;


    RoleComposer(Lexicon lex, RoleVocabulary vocabulary, RoleParts roleParts) {
        this.teamLeads = org.newskg.lang.LanguageData.rows(lex.language(), "team-leads.tsv").stream()
                .map(r -> new TeamLead(teamPattern(r.get(0)), r.size() > 1 && r.get(1).equalsIgnoreCase("co-lead")))
                .toList();
        this.lex = lex;
        this.vocabulary = vocabulary;
        PhraseMatcher.Builder<RolePart> b = PhraseMatcher.builder();
        for (RolePart p : roleParts.all()) {
            b.add(lex.fold(p.surface()), p);
        }
        this.parts = b.build();
        this.compoundHeads = roleParts.heads();
        this.compoundDomains = roleParts.domains();
        compoundDomains.forEach(d -> compoundDomainFolds.add(lex.fold(d.surface())));
        compoundHeads.forEach(h -> compoundHeadByFold.putIfAbsent(lex.fold(h.surface()), h));
    }

    /**
     * Whether a folded word ends in a modifier, domain or joining part of a composed title
     * ("経営企画", "営業担当"): a word that stands before a title without being a name.
     */
    boolean endsInTitlePart(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            PhraseMatcher.Match<RolePart> m = parts.longestAt(folded, i);
            if (m != null && m.end() == folded.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a field of a title that begins before {@code b} ends at {@code e} and the title goes on
     * after it: 零售银行 in "零售银行业务主管" is the retail banking a head leads, not a bank; 科技 in
     * "华辰科技首席执行官" is a field by itself alone, and the kind of the company before the title.
     */
    boolean fieldGoesOn(String folded, int b, int e) {
        if (e >= folded.length()) {
            return false;
        }
        PhraseMatcher.Match<RolePart> next = parts.longestAt(folded, e);
        if (next == null || next.values().stream().allMatch(p -> p.kind() == RolePart.Kind.DOMAIN)) {
            return false;
        }
        for (int j = Math.max(0, e - 8); j < e; j++) {
            PhraseMatcher.Match<RolePart> m = parts.longestAt(folded, j);
            if (j < b && m != null && m.end() == e && m.values().stream().anyMatch(p -> p.kind() == RolePart.Kind.DOMAIN)) {
                return true;
            }
        }
        return false;
    }

    /** The team name: capitalized words, perhaps in quotes ("« Vigie »", "Alignment Science"). */
    private static final String TEAM = "[\u00AB\"\u201C\u201E']?\\s*(\\p{Lu}[\\p{L}\\p{N}]*(?:[ -]\\p{Lu}[\\p{L}\\p{N}]*){0,3})\\s*[\u00BB\"\u201D']?";

    private static java.util.regex.Pattern teamPattern(String template) {
        StringBuilder b = new StringBuilder();
        String[] parts = template.split("\\{TEAM\\}", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                StringBuilder lit = new StringBuilder();
                for (String w : parts[i].split("((?<=[ '\u2019])|(?=[ '\u2019]))")) {
                    lit.append(w.equals(" ") ? "\\s+" : w.equals("'") || w.equals("\u2019") ? "['\u2019]"
                            : java.util.regex.Pattern.quote(w));
                }
                b.append("(?iu:").append(lit).append(')');
            }
            if (i + 1 < parts.length) {
                b.append(TEAM);
            }
        }
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + b + "(?![\\p{L}])");
    }

    /**
     * Titles for leading a named team, which no vocabulary lists: "co-led the Nightjar team"
     * is a Nightjar Co-lead, "dirige l'équipe Vision" a Vision Lead.
     */
    List<Mention> teamLeads(String text, int base, boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        for (TeamLead t : teamLeads) {
            java.util.regex.Matcher m = t.pattern().matcher(text);
            while (m.find()) {
                if (!free(taken, m.start(), m.end())) {
                    continue;
                }
                String team = m.group(1).strip();
                String label = Character.toUpperCase(team.charAt(0)) + team.substring(1) + (t.co() ? " Co-lead" : " Lead");
                Role role = named(label);
                out.add(new Mention(Mention.Kind.ROLE, base + m.start(), base + m.end(), m.group(),
                        List.of(role), null, null, null, null));
                java.util.Arrays.fill(taken, m.start(), m.end(), true);
            }
        }
        return out;
    }

    /**
     * Widens or adds ROLE mentions where parts around them make a longer title.
     *
     * @param text   the sentence
     * @param base   offset of the sentence in the article
     * @param roles  the vocabulary titles found in the sentence
     * @param taken  characters already claimed by earlier mentions (times, organizations)
     * @return the ROLE mentions after composition, in text order
     */
    List<Mention> compose(String text, int base, List<Mention> roles, boolean[] taken) {
        String folded = lex.fold(text);
        List<Piece> pieces = new ArrayList<>();
        for (Mention r : roles) {
            pieces.add(new Piece(r.begin() - base, r.end() - base, null, r.roles().get(0)));
        }
        int i = 0;
        while (i < folded.length()) {
            PhraseMatcher.Match<RolePart> m = parts.longestAt(folded, i);
            if (m == null || !free(taken, m.begin(), m.end()) || insideRole(pieces, m.begin(), m.end())) {
                i++;
                continue;
            }
            pieces.add(new Piece(m.begin(), m.end(), best(m.values()), null));
            i = m.end();
        }
        if (!lex.language().isCjk()) {
            addCompounds(text, folded, pieces, taken);
        }
        pieces.sort(Comparator.comparingInt(Piece::begin));
        List<Mention> out = new ArrayList<>();
        int k = 0;
        while (k < pieces.size()) {
            int j = k;
            while (j + 1 < pieces.size() && joined(folded, pieces.get(j), pieces.get(j + 1))) {
                j++;
            }
            List<Piece> run = trim(pieces.subList(k, j + 1));
            Role role = run.isEmpty() ? null : role(run);
            if (role != null) {
                int b = run.get(0).begin();
                int e = run.get(run.size() - 1).end();
                out.add(new Mention(Mention.Kind.ROLE, base + b, base + e, text.substring(b, e), List.of(role),
                        null, null, null, null));
            } else {
                // Parts that make no title alone; vocabulary titles inside the run stand as they are.
                for (Piece p : pieces.subList(k, j + 1)) {
                    if (p.role() != null) {
                        out.add(roles.stream().filter(r -> r.begin() - base == p.begin()).findFirst().orElseThrow());
                    }
                }
            }
            k = j + 1;
        }
        out.addAll(verbalTitles(text, folded, base, pieces, out, taken));
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /** Words that may stand between a verb of leading and the field it leads: articles and a short unit noun. */
    private static final int VERBAL_GAP = 3;

    /**
     * "ran the retail banking arm of X", "wo sie das Rechnungswesen leitete", "dirigeait le service juridique":
     * a verb of leading ({@code lead-verbs.txt}) and, within a few words on either side, a field of
     * {@code role-parts.tsv} make the title "Head of" that field, held by the verb's subject. The mention spans
     * verb and field, so the holder patterns read it as a title taken up by its own verb.
     */
    private List<Mention> verbalTitles(String text, String folded, int base, List<Piece> pieces, List<Mention> titles,
                                       boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        for (PhraseMatcher.Match<Boolean> v : lex.leadVerbs().findAll(folded)) {
            if (!free(taken, v.begin(), v.end()) || lex.language().isCjk()) {
                continue;
            }
            Piece field = null;
            for (Piece p : pieces) {
                if (p.part() == null || p.part().kind() != RolePart.Kind.DOMAIN) {
                    continue;
                }
                boolean after = p.begin() >= v.end() && words(folded, v.end(), p.begin()) <= VERBAL_GAP;
                boolean before = p.end() <= v.begin() && words(folded, p.end(), v.begin()) <= 1;
                if ((after || before) && (field == null || Math.abs(p.begin() - v.begin()) < Math.abs(field.begin() - v.begin()))) {
                    field = p;
                }
            }
            if (field == null) {
                Mention head = orgHead(text, folded, base, v, titles, taken);
                if (head != null) {
                    out.add(head);
                }
                continue;
            }
            int b = Math.min(v.begin(), field.begin());
            int e = Math.max(v.end(), field.end());
            int bb = base + b;
            int ee = base + e;
            if (titles.stream().anyMatch(t -> t.begin() < ee && bb < t.end()) || !free(taken, b, e)
                    || SentenceView.clauseBreak(text.substring(b, e))) {
                continue;
            }
            Role role = named(compose(List.of(), "Head", List.of(field.part().english())));
            out.add(new Mention(Mention.Kind.ROLE, bb, ee, text.substring(b, e), List.of(role), null, null, null, null));
        }
        return out;
    }

    /** Lower-case words that may stand between a verb of leading and the organization it leads ("of the", "biotechbedrijf"). */
    private static final int HEAD_GAP = 3;
    /** How many words after the verb may say what the organization is ("the Bristol insurer Dovecote Mutual"). */
    private static final int HEAD_KIND_WINDOW = 8;

    /**
     * "has been at the helm of Dovecote Insurance", "staat aan het hoofd van verzekeraar Polderzeker", "dirige le
     * groupe Textiles Armor": a verb of leading whose object is a name makes the organization's top post
     * ({@code head-titles.tsv} by what the organization is; a company's chief executive else). The mention is the
     * verb alone; whether a name of an organization follows is for the relation finder to see.
     */
    private Mention orgHead(String text, String folded, int base, PhraseMatcher.Match<Boolean> v, List<Mention> titles,
                            boolean[] taken) {
        if (v.begin() > 0 && lex.isDeterminer(lastWord(folded, v.begin()))) {
            return null; // "the heads of its divisions": a noun, not a verb
        }
        // Times between verb and object ("leitet seit 2018 die Zeitung X") are read past.
        StringBuilder rest = new StringBuilder(text.substring(v.end()));
        for (int i = 0; i < rest.length() && v.end() + i < taken.length; i++) {
            if (taken[v.end() + i]) {
                rest.setCharAt(i, ' ');
            }
        }
        String[] after = rest.toString().strip().split("\\s+", HEAD_KIND_WINDOW + 1);
        int named = -1;
        for (int i = 0; i < Math.min(after.length, HEAD_GAP + 1); i++) {
            String w = after[i];
            if (w.isEmpty() || ",;:.".indexOf(w.charAt(0)) >= 0) {
                return null;
            }
            if (Character.isUpperCase(w.codePointAt(0))) {
                named = i;
                break;
            }
            String f = lex.fold(w);
            // "at the helm of", "à la tête de": an idiom takes its object after "of"; a verb takes it directly.
            boolean idiom = v.end() - v.begin() > 0 && folded.substring(v.begin(), v.end()).contains(" ");
            boolean descriptor = i + 1 < after.length && Character.isUpperCase(after[i + 1].codePointAt(0))
                    && ("org".equals(lex.descriptorKind(f)) || lex.isKindNoun(f));
            if (w.matches(".*[,;:.]$") || !glueWord(f, idiom) && !descriptor) {
                return null; // "leitet am Institut …", "leads since 2019 …": not the verb's object
            }
        }
        // "led SMC's EV division", "leder Bygdeskydds försäkring": the name owns what is led.
        if (named >= 0 && after[named].matches(".*(['’:]s|')$")) {
            return null;
        }
        List<Mention> inside = titles.stream().filter(t -> t.begin() < base + v.end() && base + v.begin() < t.end()).toList();
        // "aan het hoofd van": a bare "head" inside the idiom is part of it.
        if (named < 0 || inside.stream().anyMatch(t -> t.roles().isEmpty() || !t.roles().get(0).key().equals("head"))) {
            return null;
        }
        titles.removeAll(inside);
        String key = lex.topPostKey(java.util.Arrays.asList(after).subList(0, Math.min(after.length, HEAD_KIND_WINDOW)));
        Role role = key == null ? Roles.TOP_POST : vocabulary.byKey(key).orElse(Roles.TOP_POST);
        return new Mention(Mention.Kind.ROLE, base + v.begin(), base + v.end(),
                text.substring(v.begin(), v.end()), List.of(role), null, null, null, null);
    }

    /** An article, or with {@code of} also a word for "of" ("the", "van", "della"), alone. */
    private boolean glueWord(String folded, boolean of) {
        PhraseMatcher.Match<Glue> g = lex.glueAt(folded, 0);
        return g != null && g.end() == folded.length() && (of && g.values().contains(Glue.OF) || g.values().contains(Glue.DET));
    }

    /** The last word of {@code folded} before a position. */
    private static String lastWord(String folded, int end) {
        String s = folded.substring(0, end).strip();
        int b = s.lastIndexOf(' ');
        return s.substring(b + 1);
    }


    /** How many words stand in {@code [from, to)} of a folded text. */
    private static int words(String folded, int from, int to) {
        String s = folded.substring(from, to).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** Whether a title mention is one of {@link #verbalTitles}: it holds its own verb of leading. */
    boolean isVerbal(Mention title) {
        return !lex.leadVerbs().findAll(lex.fold(title.text())).isEmpty();
    }

    private static RolePart best(List<RolePart> values) {
        // A head reading beats a modifier reading ("chief" alone is more often a head of a title).
        return values.stream().min(Comparator.comparing(p -> p.kind() == RolePart.Kind.HEAD ? 0
                : p.kind() == RolePart.Kind.DOMAIN ? 1 : 2)).orElseThrow();
    }

    private static boolean insideRole(List<Piece> pieces, int b, int e) {
        return pieces.stream().anyMatch(p -> p.role() != null && p.begin() < e && b < p.end());
    }

    /** German, Dutch, Swedish compounds: "Forschungschef" = domain "Forschungs" + head "chef". */
    private void addCompounds(String text, String folded, List<Piece> pieces, boolean[] taken) {
        for (int[] w : MentionFinder.words(text)) {
            if (!free(taken, w[0], w[1]) || pieces.stream().anyMatch(p -> p.begin() < w[1] && w[0] < p.end())) {
                continue;
            }
            String word = folded.substring(w[0], w[1]);
            for (int di = 0; di < compoundDomains.size(); di++) {
                RolePart d = compoundDomains.get(di);
                String ds = compoundDomainFolds.get(di);
                if (ds.length() < 3 || !word.startsWith(ds) || word.length() - ds.length() < 3) {
                    continue;
                }
                RolePart h = compoundHeadByFold.get(word.substring(ds.length()));
                if (h != null) {
                    pieces.add(new Piece(w[0], w[0] + ds.length(), d, null));
                    pieces.add(new Piece(w[0] + ds.length(), w[1], h, null));
                }
            }
        }
    }

    /** Two pieces belong to one title when only a space, a hyphen or a connector word separates them. */
    private boolean joined(String folded, Piece a, Piece b) {
        if (b.begin() < a.end()) {
            return false;
        }
        String gap = folded.substring(a.end(), b.begin()).strip();
        if (gap.isEmpty() || gap.equals("-")) {
            return true;
        }
        if (b.part() != null && b.part().kind() == RolePart.Kind.DOMAIN) {
            PhraseMatcher.Match<RolePart> m = parts.longestAt(folded, folded.indexOf(gap, a.end()));
            return m != null && m.end() - m.begin() == gap.length()
                    && m.values().stream().anyMatch(p -> p.kind() == RolePart.Kind.OF);
        }
        return false;
    }

    /** Drops dangling pieces: a run starts with a modifier, domain or title and ends with a head, title or domain. */
    private static List<Piece> trim(List<Piece> run) {
        List<Piece> r = new ArrayList<>(run);
        while (!r.isEmpty() && r.get(0).part() != null && r.get(0).part().kind() == RolePart.Kind.OF) {
            r.remove(0);
        }
        while (!r.isEmpty() && r.get(r.size() - 1).part() != null
                && (r.get(r.size() - 1).part().kind() == RolePart.Kind.OF
                || r.get(r.size() - 1).part().kind() == RolePart.Kind.MODIFIER)) {
            r.remove(r.size() - 1);
        }
        return r;
    }

    /** The role a run of pieces names, or null when it is not a composed title. */
    private Role role(List<Piece> run) {
        List<String> mods = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        String head = null;
        Role titled = null;
        int heads = 0;
        for (Piece p : run) {
            if (p.role() != null) {
                titled = p.role();
                heads++;
            } else if (p.part().kind() == RolePart.Kind.HEAD) {
                head = p.part().english();
                heads++;
            } else if (p.part().kind() == RolePart.Kind.MODIFIER) {
                if (head == null && titled == null) {
                    mods.add(p.part().english());
                }
            } else if (p.part().kind() == RolePart.Kind.DOMAIN) {
                domains.add(p.part().english());
            }
        }
        if (heads != 1 || run.size() < 2 && titled == null) {
            return null;
        }
        if (titled != null && mods.isEmpty() && domains.isEmpty()) {
            return titled;
        }
        String base = titled != null ? titled.label() : head;
        String label = compose(mods, base, domains);
        return named(label);
    }

    /** The vocabulary's role with this English label, else a new composed role of that label. */
    private Role named(String label) {
        return vocabulary.byEnglishLabel(label).orElseGet(() -> new Role(slugs.slug(label), label, false));
    }

    /** The interim form of a post ("Interim Chief Financial Officer"); seats, foundings and interim titles stay. */
    Role interim(Role r) {
        return r == null || Roles.isInterim(r) || Roles.isConcurrent(r) ? r : named("Interim " + r.label());
    }

    static String compose(List<String> mods, String head, List<String> domains) {
        String domain = String.join(" ", domains);
        StringBuilder b = new StringBuilder();
        boolean chiefOfficer = head.equals("Officer") && mods.contains("Chief") && !domain.isEmpty();
        for (String m : mods) {
            if (chiefOfficer && m.equals("Chief")) {
                continue;
            }
            b.append(m.endsWith("-") ? m : m + " ");
        }
        if (chiefOfficer) {
            return (b + "Chief " + domain + " Officer").strip();
        }
        String h = b.length() > 0 && b.charAt(b.length() - 1) == '-' ? head.toLowerCase(Locale.ROOT) : head;
        b.append(h);
        if (!domain.isEmpty()) {
            b.append(" of ").append(domain);
        }
        return b.toString().strip();
    }

    private static boolean free(boolean[] taken, int b, int e) {
        for (int i = b; i < e && i < taken.length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    Language language() {
        return lex.language();
    }
}
