package org.newskg.train;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.newskg.eval.GoldFact;
import org.newskg.eval.Names;
import org.newskg.extract.CandidateRecord;
import org.newskg.extract.RuleBasedExtractor;
import org.newskg.extract.TrainedScorer;
import org.newskg.lang.Analyzer;
import org.newskg.lang.UnsupportedLanguageException;
import org.newskg.read.Article;
import org.newskg.read.ArticleReader;
import org.newskg.read.ReadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the candidate scorer: every candidate the extractor weighs on gold-annotated articles
 * (the rules deciding, so that each article reads as it does today), labelled by aligning it with
 * the article's gold, becomes an OpenNLP training event of its features; GIS maxent learns the
 * model. Deterministic: the same articles, gold and code give the same model, byte for byte.
 *
 * <pre>
 *   ScorerTrainer t = new ScorerTrainer(reader, analyzer, extractor);
 *   Samples s = t.collect(sets);
 *   t.write(t.train(s), Path.of("src/main/resources/models/candidate-scorer.bin"));
 * </pre>
 */
public final class ScorerTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(ScorerTrainer.class);

    /** The labelled candidates, and how many of each kind. */
    public record Samples(List<Event> events, int holdingsTrue, int holdingsFalse, int eventsTrue, int eventsFalse,
                          int skipped, int articles) {
    }

    private final ArticleReader reader;
    private final Analyzer analyzer;
    private final RuleBasedExtractor extractor;

    /** @param extractor extracts with the rule-priority scorer: its choices shape each article's discourse */
    public ScorerTrainer(ArticleReader reader, Analyzer analyzer, RuleBasedExtractor extractor) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.extractor = extractor;
    }

    /** Extracts every article of the sets and labels the candidates against its gold. */
    public Samples collect(List<TrainingSet> sets) throws IOException {
        List<Event> events = new ArrayList<>();
        int[] n = new int[5];
        int articles = 0;
        for (TrainingSet set : sets) {
            Map<String, String> folded = new HashMap<>();
            set.gold().aliases().forEach((k, v) -> folded.put(Names.fold(k), Names.fold(v)));
            CandidateLabeller labeller = new CandidateLabeller(folded);
            Map<String, List<GoldFact>> byArticle = new LinkedHashMap<>();
            set.gold().facts().forEach(g -> byArticle.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(g));
            for (Path file : set.articles()) {
                Article article;
                try {
                    article = reader.read(file);
                } catch (ReadException e) {
                    throw new IOException(e.getMessage(), e);
                }
                List<GoldFact> gold = byArticle.get(article.id());
                if (gold == null) {
                    LOG.warn("{}: no gold facts for article {}, skipped", set.name(), article.id());
                    continue;
                }
                articles++;
                List<CandidateRecord> found = new ArrayList<>();
                try {
                    extractor.extract(analyzer.analyse(article), found::add);
                } catch (UnsupportedLanguageException e) {
                    throw new IOException(file + ": " + e.getMessage(), e);
                }
                for (CandidateRecord c : found) {
                    Optional<Boolean> label = labeller.label(c, gold);
                    if (label.isEmpty()) {
                        n[4]++;
                        continue;
                    }
                    boolean t = label.get();
                    n[(c.isEvent() ? 2 : 0) + (t ? 0 : 1)]++;
                    events.add(new Event(t ? TrainedScorer.TRUE : TrainedScorer.FALSE,
                            c.features().toArray(String[]::new)));
                }
            }
        }
        return new Samples(events, n[0], n[1], n[2], n[3], n[4], articles);
    }

    /** GIS maxent over the samples: single-threaded, so that the model is the same on every run. */
    public MaxentModel train(Samples samples, int iterations, int cutoff) throws IOException {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(samples.events()));
    }

    /** Writes a model in OpenNLP's binary GIS format, which {@link TrainedScorer#read} reads. */
    public static void write(MaxentModel model, DataOutputStream out) throws IOException {
        new BinaryGISModelWriter((AbstractModel) model, out).persist();
        out.flush();
    }
}
