package io.lede.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the search that suits the database Lede runs on. */
@ApplicationScoped
class TextSearches {

    @Produces
    @ApplicationScoped
    TextSearch forDatabase(@ConfigProperty(name = "quarkus.datasource.db-kind") String kind, SearchConfig config) {
        return kind.startsWith("postgres") ? new PostgresTextSearch(config.candidates()) : new H2TextSearch();
    }
}
