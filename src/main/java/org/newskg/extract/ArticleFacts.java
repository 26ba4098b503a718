package org.newskg.extract;

import java.util.List;

/**
 * What the sentences of one article told, as the article-level passes refine it: holdings and
 * events, and the relations between them that only the whole article resolves (who succeeded
 * whom, the title an appointee held before, the since-phrases of verbs of leading).
 */
record ArticleFacts(List<Holding> holdings, List<Event> events, List<RelationFinder.Succession> successions,
                    List<RelationFinder.PriorTitle> priorTitles, List<Tenures.Since> tenures) {

    ArticleFacts {
        holdings = List.copyOf(holdings);
        events = List.copyOf(events);
        successions = List.copyOf(successions);
        priorTitles = List.copyOf(priorTitles);
        tenures = List.copyOf(tenures);
    }

    ArticleFacts withHoldings(List<Holding> h) {
        return new ArticleFacts(h, events, successions, priorTitles, tenures);
    }

    ArticleFacts withEvents(List<Event> e) {
        return new ArticleFacts(holdings, e, successions, priorTitles, tenures);
    }

    ArticleFacts withPriorTitles(List<RelationFinder.PriorTitle> p) {
        return new ArticleFacts(holdings, events, successions, p, tenures);
    }
}
