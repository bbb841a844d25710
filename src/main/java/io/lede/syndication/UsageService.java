package io.lede.syndication;

import io.lede.support.Timestamps;
import io.lede.syndication.UsageViews.UsageReport;
import io.lede.syndication.UsageViews.UsageRow;
import io.lede.syndication.UsageViews.UsageTotals;
import io.lede.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Reads the usage ledger: one partner's, or everyone's. */
@ApplicationScoped
public class UsageService {

    /** The longest period one read covers. */
    static final int MAX_DAYS = 92;

    /** By default, the last 30 days, today (UTC) included. */
    static final int DEFAULT_DAYS = 30;

    /** A period read from {@code from} and {@code to} query parameters (ISO dates, both included). */
    public record Period(LocalDate from, LocalDate to) {

        public static Period parse(String from, String to) {
            LocalDate end = to == null ? LocalDate.ofInstant(Timestamps.now(), ZoneOffset.UTC) : date("to", to);
            LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
            if (start.isAfter(end)) {
                throw Problems.invalid("from", "must not be after 'to'");
            }
            if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
                throw Problems.invalid("to", "must be less than " + MAX_DAYS + " days after 'from'");
            }
            return new Period(start, end);
        }

        private static LocalDate date(String name, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw Problems.invalid(name, "must be a date such as 2026-11-30");
            }
        }
    }

    private final EntityManager em;

    public UsageService(EntityManager em) {
        this.em = em;
    }

    /** The partner's usage, every key of it; null partner: everyone's. */
    @Transactional
    public UsageReport report(Long partnerId, Period period) {
        Query query =
                em.createNativeQuery("select u.usage_day, p.slug, p.name, u.key_id, k.prefix, u.article_id, a.slug,"
                        + " u.requests, u.excerpts, u.full_texts from partner_usage u"
                        + " join partner p on p.id = u.partner_id join partner_key k on k.id = u.key_id"
                        + " left join article a on a.id = u.article_id"
                        + " where u.usage_day >= :from and u.usage_day <= :to"
                        + (partnerId == null ? "" : " and u.partner_id = :partner")
                        + " order by u.usage_day, p.id, u.key_id, u.article_id");
        query.setParameter("from", period.from());
        query.setParameter("to", period.to());
        if (partnerId != null) {
            query.setParameter("partner", partnerId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<UsageRow> items = rows.stream().map(UsageService::row).toList();
        long requests = 0;
        long excerpts = 0;
        long fullTexts = 0;
        for (UsageRow row : items) {
            requests += row.articleId() == null ? row.requests() : 0;
            excerpts += row.excerpts();
            fullTexts += row.fullTexts();
        }
        return new UsageReport(period.from(), period.to(), new UsageTotals(requests, excerpts, fullTexts), items);
    }

    /** The partner's id, by id or slug; 404 when there is none. */
    @Transactional
    public long partnerId(String idOrSlug) {
        return PartnerService.find(idOrSlug).id;
    }

    private static UsageRow row(Object[] row) {
        long article = ((Number) row[5]).longValue();
        return new UsageRow(
                day(row[0]),
                (String) row[1],
                (String) row[2],
                ((Number) row[3]).longValue(),
                (String) row[4],
                article == UsageLedger.NO_ARTICLE ? null : article,
                (String) row[6],
                ((Number) row[7]).longValue(),
                ((Number) row[8]).longValue(),
                ((Number) row[9]).longValue());
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** RFC 4180 CSV: a header row, then one row per day, key and article; CRLF line ends. */
    public static String csv(UsageReport report) {
        StringBuilder csv = new StringBuilder(
                "day,partner,partner_name,key_id,key_prefix,article_id,article_slug,requests,excerpts,full_texts\r\n");
        for (UsageRow row : report.items()) {
            csv.append(row.day())
                    .append(',')
                    .append(field(row.partner()))
                    .append(',')
                    .append(field(row.partnerName()))
                    .append(',')
                    .append(row.keyId())
                    .append(',')
                    .append(field(row.keyPrefix()))
                    .append(',')
                    .append(row.articleId() == null ? "" : row.articleId())
                    .append(',')
                    .append(field(row.articleSlug()))
                    .append(',')
                    .append(row.requests())
                    .append(',')
                    .append(row.excerpts())
                    .append(',')
                    .append(row.fullTexts())
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * A field quoted when it must be (a comma, quote or line break), with quotes doubled; one that a spreadsheet
     * would run as a formula (starting with =, +, -, @) gets a leading apostrophe.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
