package org.newskg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newskg.extract.CandidateScorer;
import org.newskg.extract.Extractor;
import org.newskg.extract.Lexicons;
import org.newskg.extract.RuleBasedExtractor;
import org.newskg.extract.RulePriorityScorer;
import org.newskg.extract.TrainedScorer;
import org.newskg.lang.Analyzer;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.reconcile.MergedViewBuilder;
import org.newskg.read.ArticleReader;
import org.newskg.time.RuleBasedTimeNormalizer;
import org.newskg.time.TimeNormalizer;

/**
 * Builds the pipeline's parts once per process: models, lexicons and the vocabulary are loaded
 * here and passed down, never held in static fields.
 */
public final class Components {

    private final Iris iris;
    private final long maxBytes;
    private Lexicons lexicons;
    private Model vocabulary;
    private TimeNormalizer times;
    private final Scoring scoring;
    private CandidateScorer scorer;

    /** Which scorer decides between candidate facts. */
    public enum Scoring {
        /** Today's rule priorities ({@link RulePriorityScorer}). */
        RULES,
        /** The model {@code newskg train} learned ({@link TrainedScorer}), shipped in the resources. */
        TRAINED
    }

    /** Where the trained scorer's model is on the classpath, and its settings beside it. */
    public static final String MODEL_RESOURCE = "models/candidate-scorer.bin";
    public static final String MODEL_SETTINGS = "models/candidate-scorer.properties";

    public Components(Iris iris, long maxBytes) {
        this(iris, maxBytes, Scoring.RULES);
    }

    public Components(Iris iris, long maxBytes, Scoring scoring) {
        this.iris = iris;
        this.maxBytes = maxBytes;
        this.scoring = scoring;
    }

    /** Components that extract with a given scorer (a model being trained or compared). */
    public Components(Iris iris, long maxBytes, CandidateScorer scorer) {
        this(iris, maxBytes, Scoring.TRAINED);
        this.scorer = scorer;
    }

    public static Components standard() {
        return new Components(Iris.standard(), ArticleReader.DEFAULT_MAX_BYTES);
    }

    public Iris iris() {
        return iris;
    }

    public synchronized Lexicons lexicons() {
        if (lexicons == null) {
            lexicons = new Lexicons();
        }
        return lexicons;
    }

    public synchronized TimeNormalizer timeNormalizer() {
        if (times == null) {
            times = new RuleBasedTimeNormalizer();
        }
        return times;
    }

    public Extractor extractor() {
        return new RuleBasedExtractor(lexicons(), timeNormalizer(), scorer());
    }

    /** The scorer this process extracts with: the trained one, loaded once, or the rules. */
    public synchronized CandidateScorer scorer() {
        if (scorer == null) {
            scorer = scoring == Scoring.RULES ? new RulePriorityScorer() : trainedScorer();
        }
        return scorer;
    }

    private static CandidateScorer trainedScorer() {
        ClassLoader cl = Components.class.getClassLoader();
        try (InputStream model = cl.getResourceAsStream(MODEL_RESOURCE);
             InputStream settings = cl.getResourceAsStream(MODEL_SETTINGS)) {
            if (model == null || settings == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " is missing from the classpath (run newskg train)");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(settings);
            return TrainedScorer.read(new java.io.BufferedInputStream(model),
                    Double.parseDouble(p.getProperty("threshold", "0.5")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    public ArticleProcessor processor() {
        return new ArticleProcessor(new ArticleReader(maxBytes), new Analyzer(), extractor(), new ArticleMapper(iris));
    }

    /** The role vocabulary ({@code ontology/roles.ttl}). */
    public synchronized Model vocabulary() {
        if (vocabulary == null) {
            vocabulary = ontologyModel("roles.ttl");
        }
        return vocabulary;
    }

    public MergedViewBuilder merger() {
        return new MergedViewBuilder(iris, vocabulary());
    }

    /** A Turtle file of {@code ontology/}, from the classpath. */
    public static Model ontologyModel(String file) {
        String resource = "ontology/" + file;
        try (InputStream in = Components.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
