package io.lede.syndication.delivery;

import io.lede.syndication.Delivery;
import io.lede.syndication.PartnerCaller;
import io.lede.syndication.UsageLedger;
import io.lede.syndication.delivery.PartnerReadViews.PartnerArticle;
import io.lede.syndication.delivery.PartnerReadViews.PartnerArticlePage;
import io.lede.syndication.delivery.PartnerReadViews.PartnerArticleSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * What a partner answer delivered, article by article: kept with the cached answer and written to the usage ledger
 * each time it is sent, so a remembered answer counts as much as a built one. Quotations count as requests only.
 */
record Deliveries(List<Long> articleIds, List<Delivery> kinds) {

    static Deliveries of(Object body) {
        List<Long> ids = new ArrayList<>();
        List<Delivery> kinds = new ArrayList<>();
        if (body instanceof PartnerArticle article) {
            ids.add(article.id());
            kinds.add(
                    article.body() != null
                            ? Delivery.fullText
                            : article.excerpt() != null ? Delivery.excerpt : Delivery.request);
        } else if (body instanceof PartnerArticlePage page) {
            for (PartnerArticleSummary summary : page.items()) {
                ids.add(summary.id());
                kinds.add(summary.excerpt() != null ? Delivery.excerpt : Delivery.request);
            }
        }
        return new Deliveries(List.copyOf(ids), List.copyOf(kinds));
    }

    void record(UsageLedger ledger, PartnerCaller caller) {
        ledger.record(caller, articleIds, kinds);
    }
}
