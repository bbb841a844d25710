package io.lede.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/** Routes the test datasource (PostgreSQL) through a {@link TcpProxy}, injected into the test's proxy field. */
public class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        URI database = URI.create(System.getProperty("test.db.url").substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getRawPath()
                + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
        return Map.of("%test.quarkus.datasource.jdbc.url", url, "quarkus.datasource.jdbc.url", url);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(TcpProxy.class));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            // the test is over
        }
    }
}
