package io.lede.syndication.policy;

import io.lede.syndication.policy.PolicyViews.PolicyView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy stated in ODRL 2.2 with the IPTC RightsML profile, as JSON-LD: an {@code Offer} from the publisher whose
 * permissions carry the excerpt limits and the embargo as constraints and the credit as an {@code attribute} duty;
 * what is not allowed is a prohibition ({@code tdm:mine} from the W3C TDMRep vocabulary for text-and-data mining).
 * Limits ODRL has no operand for (characters, words, paragraphs) are {@code absoluteSize} with a RightsML-style unit.
 */
public final class OdrlPolicy {

    public static final String MEDIA_TYPE = "application/ld+json";

    private OdrlPolicy() {}

    public static Map<String, Object> of(PolicyView policy, String siteUrl, String publisher) {
        Map<String, Object> odrl = new LinkedHashMap<>();
        odrl.put(
                "@context",
                List.of(
                        "http://www.w3.org/ns/odrl.jsonld",
                        Map.of(
                                "rightsml", "http://iptc.org/std/RightsML/2011-10/",
                                "tdm", "http://www.w3.org/ns/tdmrep#",
                                "lede", "https://lede.example/ns/rights#")));
        odrl.put("@type", "Offer");
        odrl.put("uid", policy.url());
        odrl.put("profile", "http://iptc.org/std/RightsML/odrl-profile/");
        odrl.put("lede:name", policy.name());
        odrl.put("lede:version", policy.version());
        Map<String, Object> assigner = Map.of("@type", "Party", "uid", siteUrl, "lede:name", publisher);
        odrl.put("assigner", assigner);

        List<Object> permissions = new ArrayList<>();
        List<Object> prohibitions = new ArrayList<>();
        List<Object> timing = new ArrayList<>();
        if (policy.embargoUntil() != null) {
            timing.add(constraint(
                    "dateTime",
                    "gteq",
                    Map.of("@value", policy.embargoUntil().toString(), "@type", "xsd:dateTime"),
                    null));
        }
        List<Object> duties = new ArrayList<>();
        Map<String, Object> credit = new LinkedHashMap<>();
        credit.put("action", "attribute");
        credit.put("lede:creditTemplate", policy.creditTemplate());
        credit.put("lede:linkTarget", policy.linkTarget());
        credit.put("lede:linkRequired", policy.linkRequired());
        duties.add(credit);

        if (policy.excerptsAllowed()) {
            List<Object> constraints = new ArrayList<>(timing);
            addLimit(constraints, policy.maxCharacters(), "rightsml:characters");
            addLimit(constraints, policy.maxWords(), "rightsml:words");
            addLimit(constraints, policy.maxParagraphs(), "rightsml:paragraphs");
            permissions.add(rule("distribute", "lede:excerpt", constraints, duties));
        } else {
            prohibitions.add(rule("distribute", "lede:excerpt", List.of(), List.of()));
        }
        if (!policy.fullTextTiers().isEmpty()) {
            List<Object> constraints = new ArrayList<>(timing);
            constraints.add(constraint("recipient", "isAnyOf", policy.fullTextTiers(), null));
            permissions.add(rule("distribute", "lede:fullText", constraints, duties));
        } else {
            prohibitions.add(rule("distribute", "lede:fullText", List.of(), List.of()));
        }
        if (policy.quotationsAllowed()) {
            permissions.add(rule("distribute", "lede:quotation", timing, duties));
        } else {
            prohibitions.add(rule("distribute", "lede:quotation", List.of(), List.of()));
        }
        if (policy.tdmReserved()) {
            prohibitions.add(rule("tdm:mine", "lede:article", List.of(), List.of()));
        }
        odrl.put("permission", permissions);
        odrl.put("prohibition", prohibitions);
        if (policy.usageTerms() != null) {
            odrl.put("rightsml:usageTerms", policy.usageTerms());
        }
        return odrl;
    }

    private static void addLimit(List<Object> constraints, Integer limit, String unit) {
        if (limit != null) {
            constraints.add(constraint("absoluteSize", "lteq", limit, unit));
        }
    }

    private static Map<String, Object> constraint(
            String leftOperand, String operator, Object rightOperand, String unit) {
        Map<String, Object> constraint = new LinkedHashMap<>();
        constraint.put("leftOperand", leftOperand);
        constraint.put("operator", operator);
        constraint.put("rightOperand", rightOperand);
        if (unit != null) {
            constraint.put("unit", unit);
        }
        return constraint;
    }

    private static Map<String, Object> rule(
            String action, String target, List<Object> constraints, List<Object> duties) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("target", target);
        rule.put("action", action);
        if (!constraints.isEmpty()) {
            rule.put("constraint", constraints);
        }
        if (!duties.isEmpty()) {
            rule.put("duty", duties);
        }
        return rule;
    }
}
