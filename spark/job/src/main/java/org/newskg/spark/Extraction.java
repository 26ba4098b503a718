package org.newskg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.newskg.pipeline.ArticleInputs;
import org.newskg.pipeline.ArticleProcessor;
import org.newskg.rdf.ArticleMapper;
import org.newskg.reconcile.MergedViewBuilder;
import org.newskg.spark.InputListing.InputFile;

/**
 * The first stage, per partition of input files: each file read, each article analysed, extracted
 * and mapped by {@link ArticleProcessor}, as {@code newskg ingest} does, and what the merged view
 * needs of its graph taken by {@link MergedViewBuilder#facts}. Lazy: one article at a time.
 */
final class Extraction implements FlatMapFunction<Iterator<InputFile>, Extracted> {

    private static final long serialVersionUID = 1L;

    private final Settings settings;
    private final Broadcast<HadoopConf> conf;

    Extraction(Settings settings, Broadcast<HadoopConf> conf) {
        this.settings = settings;
        this.conf = conf;
    }

    @Override
    public Iterator<Extracted> call(Iterator<InputFile> files) {
        Parts parts = Parts.of(settings);
        Configuration hadoop = conf.value().get();
        ArticleInputs<InputFile> inputs = new ArticleInputs<>(files, opener(hadoop), parts.processor().corpusReader());
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) t -> inputs.close());
        }
        return new Iterator<>() {
            private InputFile current;
            private int seq;

            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Extracted next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ArticleInputs.Item<InputFile> item = inputs.next();
                if (item.file() != current) {
                    current = item.file();
                    seq = 0;
                }
                // The file's place, then the line's: input order across all files.
                long order = ((long) current.index() << 32) | seq++;
                if (item.problem() != null) {
                    return Extracted.failed(order, item.problem());
                }
                ArticleProcessor.Outcome o = item.article() != null
                        ? parts.processor().process(item.article().withId(current.lineId(item.article().id())))
                        : read(parts.processor(), item.file(), hadoop);
                return o.failed() ? Extracted.failed(order, o.problem()) : extracted(order, o, parts.merger());
            }
        };
    }

    private static ArticleProcessor.Outcome read(ArticleProcessor processor, InputFile f, Configuration hadoop) {
        try (InputStream in = open(f, hadoop)) {
            return processor.process(f.name(), f.id(), f.where(), f.size(), in);
        } catch (IOException e) {
            return new ArticleProcessor.Outcome(java.nio.file.Path.of(f.name()), null, null,
                    f.where() + ": cannot read: " + e.getMessage());
        }
    }

    private static Extracted extracted(long order, ArticleProcessor.Outcome o, MergedViewBuilder merger) {
        ArticleMapper.ArticleGraph g = o.graph();
        MergedViewBuilder.ArticleFacts facts = merger.facts(g.sourceIri(), g.model());
        List<Extracted.Mention> mentions = new ArrayList<>();
        facts.entities().forEach(m -> mentions.add(Extracted.Mention.of(m)));
        return new Extracted(order, g.sourceIri(), NQuads.text(g.model(), g.sourceIri()), NQuads.text(facts.copied(), null),
                mentions, facts.roleLabels(), facts.memberships(), facts.events(), (int) g.model().size(),
                o.extraction().holdings().size(), o.extraction().events().size(), null,
                // Named as ingest names it, but from the article's own location: a Path would fold s3a:// to s3a:/.
                o.empty() ? o.extraction().article().location() + ": no holdings or events found" : null);
    }

    private static ArticleInputs.Opener<InputFile> opener(Configuration hadoop) {
        return new ArticleInputs.Opener<>() {
            @Override
            public String name(InputFile f) {
                return f.name();
            }

            @Override
            public String where(InputFile f) {
                return f.where();
            }

            @Override
            public InputStream open(InputFile f) throws IOException {
                return Extraction.open(f, hadoop);
            }
        };
    }

    private static InputStream open(InputFile f, Configuration hadoop) throws IOException {
        Path p = new Path(f.path());
        return p.getFileSystem(hadoop).open(p);
    }
}
