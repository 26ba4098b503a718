package org.newskg.extract;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A scorer learned from the annotated corpus by {@code newskg train}: an OpenNLP maxent model over
 * the candidates' generic features ({@link CandidateFeatures}), whose outcome {@value #TRUE} is
 * "the article states this fact".
 *
 * <pre>
 *   CandidateScorer s = TrainedScorer.read(in);
 * </pre>
 */
public final class TrainedScorer implements CandidateScorer {

    /** The outcome of a candidate that is a fact. */
    public static final String TRUE = "T";
    /** The outcome of one that is not. */
    public static final String FALSE = "F";

    private final MaxentModel model;
    private final int trueIndex;
    private final double threshold;

    public TrainedScorer(MaxentModel model, double threshold) {
        this.model = model;
        this.trueIndex = model.getIndex(TRUE);
        if (trueIndex < 0) {
            throw new IllegalArgumentException("the model has no outcome " + TRUE);
        }
        this.threshold = threshold;
    }

    /** Reads a model as {@code newskg train} writes it (OpenNLP's binary GIS format). */
    public static TrainedScorer read(InputStream in, double threshold) {
        try {
            return new TrainedScorer(new BinaryGISModelReader(new DataInputStream(in)).getModel(), threshold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the candidate scorer's model", e);
        }
    }

    public MaxentModel model() {
        return model;
    }

    @Override
    public double score(Candidate c) {
        return model.eval(c.features().toArray(String[]::new))[trueIndex];
    }

    @Override
    public double threshold() {
        return threshold;
    }

    @Override
    public boolean needsFeatures() {
        return true;
    }
}
