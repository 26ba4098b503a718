package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads, before entities are formed, where the article itself uses a name as an organization:
 * right after a founding, joining or leaving verb ("ha cofondato Vitrea Bio", "joined Halvard
 * Labs"), after a title and "of" ("directrice de Valmont Industries"), or before a possessive and
 * a title ("Corvane's chief executive"), right against a CJK company word ("Norvik公司"). Every mention of such a name is then an organization,
 * whatever its shape (two capitalized words look like a person's name) suggested.
 */
final class OrgEvidence {

    private OrgEvidence() {
    }

    static List<List<Mention>> retype(Lexicon lex, List<List<Mention>> sentences, String text) {
        Set<String> orgs = new HashSet<>();
        for (List<Mention> s : sentences) {
            for (int i = 0; i + 1 < s.size(); i++) {
                Mention a = s.get(i);
                Mention b = s.get(i + 1);
                // Not a first name and a surname after a verb that opens its sentence: "1974 gründete Otto Brenner
                // die …" puts the founder after the verb.
                // A Chinese or Japanese name read as a person is one: "加入林伟的团队".
                boolean subjectAfter = b.hint() == Mention.Hint.PERSON
                        && (lex.language().isCjk() || s.subList(0, i).stream().allMatch(m -> m.kind() == Mention.Kind.TIME));
                if (b.kind() == Mention.Kind.NAME && !subjectAfter && objectOfOrgVerb(a) && glueOnly(lex, text, a, b, Glue.DET)) {
                    orgs.add(lex.fold(b.text()));
                }
                // Not in Chinese and Japanese, where "共同創業者の岡田健人", "首席财务官的庞慧敏" name the person the title
                // belongs to (an organization's title comes after it there: "溯川汽车的首席财务官").
                if (a.kind() == Mention.Kind.ROLE && b.kind() == Mention.Kind.NAME && ofGap(lex, text, a, b)
                        && !lex.language().isCjk()) {
                    orgs.add(lex.fold(b.text()));
                }
                if (a.kind() == Mention.Kind.NAME && b.kind() == Mention.Kind.ROLE && possessiveGap(lex, text, a, b)) {
                    orgs.add(lex.fold(a.text()));
                }
                // "Tarrow Broadcasting chief executive Aino Virtanen", "Ravensholt CEO Brigitte Lomax": a name
                // written right before a title that a person's name follows is the organization of that title.
                // Not in Chinese and Japanese, where a name before a title is the holder's ("森岡隆社長").
                if (!lex.language().isCjk() && a.kind() == Mention.Kind.NAME && b.kind() == Mention.Kind.ROLE
                        && text.substring(a.end(), b.begin()).equals(" ") && i + 2 < s.size()
                        && s.get(i + 2).kind() == Mention.Kind.NAME && s.get(i + 2).hint() != Mention.Hint.ORGANIZATION
                        && text.substring(b.end(), s.get(i + 2).begin()).equals(" ")) {
                    orgs.add(lex.fold(a.text()));
                }
                // "Kestrel Foods named Amara Whitcombe …", "Northgate Bank hired Peter Vasquez": who appoints or
                // dismisses a person named right after the verb is an organization.
                if (!lex.language().isCjk() && a.kind() == Mention.Kind.NAME && a.hint() != Mention.Hint.PERSON
                        && appoints(b) && glueOnly(lex, text, a, b, Glue.DET) && i + 2 < s.size()
                        && s.get(i + 2).kind() == Mention.Kind.NAME && s.get(i + 2).hint() == Mention.Hint.PERSON
                        && glueOnly(lex, text, b, s.get(i + 2), Glue.DET)) {
                    orgs.add(lex.fold(a.text()));
                }
                // "hat … das Start-up Natronic gegründet", "heeft … Corby Labs opgericht": the verb last, what is
                // founded right before it.
                if (a.kind() == Mention.Kind.NAME && a.hint() != Mention.Hint.PERSON && b.kind() == Mention.Kind.TRIGGER
                        && b.trigger().type() == EventType.FOUNDING && b.trigger().slot() == Trigger.Slot.BEFORE
                        && text.substring(a.end(), b.begin()).isBlank() && i > 0
                        && s.subList(0, i).stream().anyMatch(m -> m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.PERSON)) {
                    orgs.add(lex.fold(a.text()));
                }
                // "Nevralis è stata fondata da …", "Photalis was founded by …": what is founded is an organization.
                if (a.kind() == Mention.Kind.NAME && b.kind() == Mention.Kind.TRIGGER && b.trigger().type() == EventType.FOUNDING
                        && b.trigger().slot() == Trigger.Slot.AFTER && b.begin() - a.end() <= 14
                        && text.substring(a.end(), b.begin()).chars().noneMatch(c -> ",;.:".indexOf(c) >= 0)) {
                    orgs.add(lex.fold(a.text()));
                }
                // "Norvik公司", "Lumeo集團": a Latin name written right against a Chinese or Japanese company word.
                if (lex.language().isCjk() && a.kind() == Mention.Kind.NAME && b.kind() == Mention.Kind.ANAPHOR
                        && b.begin() == a.end() && !MatchText.isCjk(a.text().charAt(a.text().length() - 1))) {
                    orgs.add(lex.fold(a.text()));
                }
                // Japanese puts the object first: "Hoshikage Gamesを設立", "X社に入社".
                if (lex.language() == org.newskg.read.Language.JA && a.kind() == Mention.Kind.NAME
                        && objectOfOrgVerb(b) && b.begin() - a.end() <= 2) {
                    orgs.add(lex.fold(a.text()));
                }
            }
        }
        List<List<Mention>> trimmed = new ArrayList<>();
        boolean sGenitive = lex.gap("s") != null && lex.gap("s").equals(List.of(Glue.POSS));
        for (List<Mention> s : sentences) {
            List<Mention> r = new ArrayList<>(s);
            for (int i = 0; sGenitive && i + 1 < r.size(); i++) {
                Mention a = r.get(i);
                Mention b = r.get(i + 1);
                // "Lindqvist Byggs vd Karin Holm": a genitive name right before a title is an organization.
                if (a.kind() == Mention.Kind.NAME && b.kind() == Mention.Kind.ROLE && a.text().endsWith("s")
                        && a.text().length() > 3 && text.substring(a.end(), b.begin()).equals(" ")
                        && i + 2 < r.size() && r.get(i + 2).kind() == Mention.Kind.NAME) {
                    Mention org = new Mention(Mention.Kind.NAME, a.begin(), a.end() - 1,
                            a.text().substring(0, a.text().length() - 1), null, null, null, null, Mention.Hint.ORGANIZATION);
                    r.set(i, org);
                    orgs.add(lex.fold(org.text()));
                }
            }
            trimmed.add(r);
        }
        sentences = trimmed;
        // A genitive of a person named in the article ("i Lindqvists team") is no organization.
        Set<String> surnames = new HashSet<>();
        for (List<Mention> s : sentences) {
            for (Mention m : s) {
                if (m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.PERSON) {
                    String f = lex.fold(m.text());
                    surnames.add(f.substring(f.lastIndexOf(' ') + 1));
                }
            }
        }
        orgs.removeIf(o -> o.endsWith("s") && !o.contains(" ") && surnames.stream().anyMatch(
                sn -> sn.length() >= 4 && org.newskg.lang.EditDistance.atMostOne(sn, o.substring(0, o.length() - 1))));
        if (orgs.isEmpty()) {
            return sentences;
        }
        List<List<Mention>> out = new ArrayList<>();
        for (List<Mention> s : sentences) {
            List<Mention> r = new ArrayList<>();
            for (Mention m : s) {
                boolean retype = m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.ORGANIZATION
                        && orgs.contains(lex.fold(m.text()));
                r.add(retype ? m.withHint(Mention.Hint.ORGANIZATION) : m);
            }
            out.add(r);
        }
        return out;
    }

    private static boolean objectOfOrgVerb(Mention m) {
        if (m.kind() != Mention.Kind.TRIGGER) {
            return false;
        }
        EventType t = m.trigger().type();
        return (t == EventType.FOUNDING || t == EventType.JOINING || t == EventType.DEPARTURE)
                && m.trigger().slot() != Trigger.Slot.AFTER;
    }

    /** An appointing or dismissing verb whose object follows it: "named", "hired", "fired". */
    private static boolean appoints(Mention m) {
        if (m.kind() != Mention.Kind.TRIGGER) {
            return false;
        }
        EventType t = m.trigger().type();
        return (t == EventType.APPOINTMENT || t == EventType.DISMISSAL) && m.trigger().slot() != Trigger.Slot.BEFORE
                && !m.trigger().relational() && !m.trigger().passive();
    }

    private static boolean glueOnly(Lexicon lex, String text, Mention a, Mention b, Glue allowed) {
        List<Glue> g = gap(lex, text, a, b);
        return g != null && g.stream().allMatch(x -> x == allowed);
    }

    private static boolean ofGap(Lexicon lex, String text, Mention a, Mention b) {
        List<Glue> g = gap(lex, text, a, b);
        return g != null && g.contains(Glue.OF) && g.stream().allMatch(x -> x == Glue.OF || x == Glue.DET);
    }

    private static boolean possessiveGap(Lexicon lex, String text, Mention a, Mention b) {
        String raw = text.substring(a.end(), b.begin());
        // "Corvane's chief", "Nordbanks vd" (the genitive s is part of the name mention there: not read here).
        return raw.equals("'s ") || raw.equals("\u2019s ") || raw.equals(":s ");
    }

    private static List<Glue> gap(Lexicon lex, String text, Mention a, Mention b) {
        if (b.begin() < a.end() || b.begin() - a.end() > 30) {
            return null;
        }
        return lex.gap(lex.fold(text.substring(a.end(), b.begin())));
    }
}
