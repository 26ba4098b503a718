package org.newskg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.read.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The role vocabulary of {@code ontology/roles.ttl}: every {@code nkg:Role} with its labels in the
 * supported languages, indexed for lookup by key, by English title, and by surface form per language.
 * Immutable; load it once and share it.
 *
 * <pre>
 *   RoleVocabulary roles = RoleVocabulary.load();
 *   roles.byEnglishLabel("CEO");                      // chief-executive-officer
 *   roles.labelsFor("sv").get("vd");                  // [chief-executive-officer]
 * </pre>
 */
public final class RoleVocabulary {

    /** Where the vocabulary sits on the classpath (the pom copies {@code ontology/} there). */
    public static final String RESOURCE = "ontology/roles.ttl";

    private static final Logger LOG = LoggerFactory.getLogger(RoleVocabulary.class);

    /**
     * Labels in capitals only, with at least two letters ("CEO", "VD", "P.-D.G."): news uses these
     * across languages, so every language's index gets them.
     */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9.&\\-]*");

    /** Ranks of a label for one language's index; lower ranks come first in a surface form's list. */
    private static final int PREF_IN_LANGUAGE = 0;
    private static final int ALT_IN_LANGUAGE = 1;
    private static final int ENGLISH = 2;
    private static final int ACRONYM_ELSEWHERE = 3;

    private final List<RoleConcept> concepts;
    private final Map<String, RoleConcept> byKey;
    private final Map<String, Role> byEnglishLabel;
    private final Map<Language, Map<String, List<Role>>> labelsByLanguage;

    private RoleVocabulary(List<RoleConcept> concepts) {
        this.concepts = List.copyOf(concepts);
        this.byKey = concepts.stream()
                .collect(Collectors.toUnmodifiableMap(RoleConcept::key, Function.identity()));
        this.byEnglishLabel = indexEnglish(concepts);
        Map<Language, Map<String, List<Role>>> perLanguage = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            perLanguage.put(lang, indexLanguage(concepts, lang));
        }
        this.labelsByLanguage = Collections.unmodifiableMap(perLanguage);
    }

    /** Loads {@value #RESOURCE} from the classpath. */
    public static RoleVocabulary load() {
        try (InputStream in = RoleVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("role vocabulary " + RESOURCE + " is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses a vocabulary in Turtle. */
    public static RoleVocabulary parse(InputStream turtle) {
        return fromModel(RDFParser.source(turtle).lang(Lang.TURTLE).toModel());
    }

    /** Reads every SKOS concept of a role vocabulary (ontology/roles.ttl); one without an English preferred label is an error. */
    public static RoleVocabulary fromModel(Model model) {
        List<RoleConcept> concepts = new ArrayList<>();
        for (Resource r : model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            if (!r.isURIResource()) {
                throw new IllegalStateException("a role without an IRI: " + r);
            }
            concepts.add(concept(r));
        }
        // Sorted by key so that lookups that find several roles answer in a stable order.
        concepts.sort(Comparator.comparing(RoleConcept::key));
        LOG.debug("loaded {} roles", concepts.size());
        return new RoleVocabulary(concepts);
    }

    /** Every role, ordered by key. */
    public List<RoleConcept> concepts() {
        return concepts;
    }

    /** The concept with this key, e.g. "chief-scientist". */
    public Optional<RoleConcept> concept(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The role with this key, e.g. "chief-scientist". */
    public Optional<Role> byKey(String key) {
        return concept(key).map(RoleConcept::role);
    }

    /**
     * The role one of whose English labels (preferred or alternative) is this text, ignoring case
     * and surrounding space: "chief executive", "CEO" and "Chief Executive Officer" find the same role.
     */
    public Optional<Role> byEnglishLabel(String label) {
        return Optional.ofNullable(byEnglishLabel.get(fold(label)));
    }

    /**
     * Every surface form that names a role in texts of this language, with the roles it names: the
     * language's own labels, the English ones, and capital-letter acronyms from any language. Keys are
     * labels exactly as the vocabulary writes them (matchers fold case themselves, except for
     * acronyms). Where one form names several roles, the language's preferred labels come first.
     *
     * @param langCode a tag {@link Language#fromTag} accepts, e.g. "fr" or "zh-Hant"
     * @throws IllegalArgumentException for a language newskg does not support
     */
    public Map<String, List<Role>> labelsFor(String langCode) {
        Language lang = Language.fromTag(langCode).orElseThrow(() -> new IllegalArgumentException(
                "unsupported language '" + langCode + "'; supported: " + Language.supportedTags()));
        return labelsFor(lang);
    }

    /** As {@link #labelsFor(String)}. */
    public Map<String, List<Role>> labelsFor(Language lang) {
        return labelsByLanguage.get(lang);
    }

    /** True for a label written in capitals only, like "CEO", "VD" or "P.-D.G.". */
    public static boolean isAcronym(String label) {
        return ACRONYM.matcher(label).matches();
    }

    private static RoleConcept concept(Resource r) {
        String iri = r.getURI();
        String key = iri.substring(iri.lastIndexOf('/') + 1);
        List<Label> pref = labels(r, SKOS.prefLabel);
        List<Label> alt = labels(r, SKOS.altLabel);
        String english = pref.stream().filter(l -> l.lang().equalsIgnoreCase("en")).map(Label::text)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("role " + iri + " has no English skos:prefLabel"));
        List<String> broader = r.listProperties(SKOS.broader).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isURIResource)
                .map(o -> o.asResource().getURI())
                .map(u -> u.substring(u.lastIndexOf('/') + 1))
                .sorted()
                .toList();
        return new RoleConcept(key, iri, english, pref, alt, broader);
    }

    private static List<Label> labels(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .map(RoleVocabulary::label)
                .sorted(Comparator.comparing(Label::lang).thenComparing(Label::text))
                .toList();
    }

    private static Label label(Literal l) {
        return new Label(l.getLexicalForm(), l.getLanguage());
    }

    private static Map<String, Role> indexEnglish(List<RoleConcept> concepts) {
        Map<String, Role> index = new LinkedHashMap<>();
        // Preferred labels of all roles first, so that no variant of one role shadows another's title.
        for (RoleConcept c : concepts) {
            c.prefLabels().stream().filter(l -> l.lang().equalsIgnoreCase("en"))
                    .forEach(l -> index.putIfAbsent(fold(l.text()), c.role()));
        }
        for (RoleConcept c : concepts) {
            c.altLabels().stream().filter(l -> l.lang().equalsIgnoreCase("en"))
                    .forEach(l -> index.putIfAbsent(fold(l.text()), c.role()));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Map<String, List<Role>> indexLanguage(List<RoleConcept> concepts, Language lang) {
        record Entry(String surface, int rank, Role role) {
        }
        List<Entry> entries = new ArrayList<>();
        for (RoleConcept c : concepts) {
            for (Label l : c.prefLabels()) {
                rank(l, lang, true).ifPresent(rank -> entries.add(new Entry(l.text(), rank, c.role())));
            }
            for (Label l : c.altLabels()) {
                rank(l, lang, false).ifPresent(rank -> entries.add(new Entry(l.text(), rank, c.role())));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::rank).thenComparing(e -> e.role().key()));
        Map<String, List<Role>> index = new LinkedHashMap<>();
        for (Entry e : entries) {
            List<Role> roles = index.computeIfAbsent(e.surface(), s -> new ArrayList<>());
            if (!roles.contains(e.role())) {
                roles.add(e.role());
            }
        }
        Map<String, List<Role>> frozen = new LinkedHashMap<>();
        index.forEach((surface, roles) -> frozen.put(surface, List.copyOf(roles)));
        return Collections.unmodifiableMap(frozen);
    }

    private static Optional<Integer> rank(Label l, Language lang, boolean preferred) {
        if (l.lang().equalsIgnoreCase(lang.code())) {
            return Optional.of(preferred ? PREF_IN_LANGUAGE : ALT_IN_LANGUAGE);
        }
        if (l.lang().equalsIgnoreCase("en")) {
            return Optional.of(ENGLISH);
        }
        if (isAcronym(l.text())) {
            return Optional.of(ACRONYM_ELSEWHERE);
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
